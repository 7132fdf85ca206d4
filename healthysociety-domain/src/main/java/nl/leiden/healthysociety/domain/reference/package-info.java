/**
 * Managed lists that other records refer to: themes of the Kennisstad agenda, target groups, and the areas of
 * Leiden (the city, its districts and neighbourhoods). A beheerder keeps them; entries are deactivated, not deleted.
 */
package nl.leiden.healthysociety.domain.reference;
