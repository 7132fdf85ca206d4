/**
 * The inventory of health and wellbeing initiatives in Leiden: who leads them (trekkers), who takes part
 * (partners), what they are about and where, how far they are, and their dated progress updates.
 */
package nl.leiden.healthysociety.domain.initiative;
