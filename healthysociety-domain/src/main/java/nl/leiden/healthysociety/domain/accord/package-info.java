/**
 * The Leids preventieakkoord. For now only its ambitions, so that initiatives can name the ambitions they
 * contribute to; the accord, its periods and indicators come with the prevention-accord issue.
 */
package nl.leiden.healthysociety.domain.accord;
