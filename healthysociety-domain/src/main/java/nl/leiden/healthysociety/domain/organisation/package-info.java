/**
 * Partner organisations of the Center: the municipality, knowledge institutions, care and welfare organisations,
 * schools, residents' initiatives. Organisations are deactivated, never deleted, because initiatives, accounts and
 * meetings refer to them.
 */
package nl.leiden.healthysociety.domain.organisation;
