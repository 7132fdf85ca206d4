/**
 * What every capability shares: the business exception family that the edges (screens, REST) translate into
 * messages for people, and small value helpers.
 */
package nl.leiden.healthysociety.domain.shared;
