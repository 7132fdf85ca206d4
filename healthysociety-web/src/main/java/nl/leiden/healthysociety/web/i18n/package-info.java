/**
 * Language: the resource bundle (Dutch default, English second), the caller's choice of language, and turning
 * business errors from the services into messages in that language.
 */
package nl.leiden.healthysociety.web.i18n;
