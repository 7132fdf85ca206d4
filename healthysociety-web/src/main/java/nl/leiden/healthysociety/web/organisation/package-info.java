/** Screens for partner organisations: the searchable list, and the form a beheerder edits them in. */
package nl.leiden.healthysociety.web.organisation;
