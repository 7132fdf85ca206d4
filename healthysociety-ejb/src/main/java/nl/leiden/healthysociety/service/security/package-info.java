/**
 * Who the caller is and what they may do: password hashing, the caller's account and organisation, and the checks
 * that keep a partner inside its own organisation.
 */
package nl.leiden.healthysociety.service.security;
