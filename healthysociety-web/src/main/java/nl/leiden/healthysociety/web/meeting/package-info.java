/**
 * Screens for Kenniscafés and Beleidslabs: the public calendar, registering and managing a registration without an
 * account, and the intranet's management of meetings, attendance and outcomes.
 */
package nl.leiden.healthysociety.web.meeting;
