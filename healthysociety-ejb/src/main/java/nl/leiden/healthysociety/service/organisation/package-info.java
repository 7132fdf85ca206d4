/** Managing partner organisations: search, create, edit, deactivate. Only a beheerder changes them. */
package nl.leiden.healthysociety.service.organisation;
