/**
 * The REST API under /api: resources, the JSON records they exchange, and the mapping of business errors and
 * refused access to problem responses (RFC 9457). Callers authenticate with HTTP Basic; what they may do is
 * checked by the EJB services behind the resources.
 */
package nl.leiden.healthysociety.web.api;
