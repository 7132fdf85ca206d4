/** Screens of the Leids Kennisfestival: the public programme, proposing sessions, reviewing them, the programme. */
package nl.leiden.healthysociety.web.festival;
