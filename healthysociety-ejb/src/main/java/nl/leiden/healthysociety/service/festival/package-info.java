/**
 * The Leids Kennisfestival: editions with venues, rooms and time slots; the call for session proposals and its
 * deadline; the programme committee's review and decisions.
 */
package nl.leiden.healthysociety.service.festival;
