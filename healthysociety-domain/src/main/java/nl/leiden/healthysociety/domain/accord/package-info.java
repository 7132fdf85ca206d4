/**
 * The Leids preventieakkoord: accords and their ambitions, each ambition's goals and indicators, measurements of
 * the indicators per period and area, and the rules that say whether the city is on course and whether health
 * differences between areas shrink.
 */
package nl.leiden.healthysociety.domain.accord;
