/**
 * Accounts of people who log in: Center staff (beheerder), municipal employees (medewerker) and employees of a
 * partner organisation (partner). Residents need no account.
 */
package nl.leiden.healthysociety.domain.account;
