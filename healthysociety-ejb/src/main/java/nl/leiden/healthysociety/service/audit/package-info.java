/**
 * The audit trail of business data: every creation, change and removal of an entity is recorded by whom, when and
 * with the values before and after, in the same transaction; and the history of an organisation, initiative,
 * meeting, proposal or question read back for those who may see it.
 */
package nl.leiden.healthysociety.service.audit;
