/** Accounts and logging in: checking passwords, and a beheerder creating, disabling and re-enabling accounts. */
package nl.leiden.healthysociety.service.account;
