/** Screens where a beheerder manages accounts: the list with disable and re-enable, and the form for a new one. */
package nl.leiden.healthysociety.web.account;
