/** Screens of the initiative inventory: the searchable list, the detail page with progress, and the form. */
package nl.leiden.healthysociety.web.initiative;
