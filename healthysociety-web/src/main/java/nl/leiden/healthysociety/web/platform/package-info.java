/**
 * What all screens share: Faces messages from bundle keys and business errors, health checks, and the servlet
 * listener that sets the session cookie.
 */
package nl.leiden.healthysociety.web.platform;
