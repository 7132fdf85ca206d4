/** The history of business data on screen, from the audit trail that the EJB layer keeps. */
package nl.leiden.healthysociety.web.audit;
