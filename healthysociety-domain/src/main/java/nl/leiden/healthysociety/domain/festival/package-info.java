/**
 * The Leids Kennisfestival: a yearly edition with venues, rooms and time slots; partners' session proposals, their
 * review by the programme committee, and the programme that places accepted sessions in rooms and slots.
 */
package nl.leiden.healthysociety.domain.festival;
