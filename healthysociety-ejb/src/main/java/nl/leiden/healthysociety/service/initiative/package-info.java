/**
 * The initiative inventory's services: finding, creating and editing initiatives and adding progress, with the
 * rule that a partner acts only for its own organisation.
 */
package nl.leiden.healthysociety.service.initiative;
