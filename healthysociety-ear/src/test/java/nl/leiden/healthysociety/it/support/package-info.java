/**
 * The test harness that every integration and browser test builds on: the one deployment (the real EAR), an
 * HTTP client for the REST API, direct access to the test database, the demo accounts, and the browser base class
 * that waits for PrimeFaces and checks every page with axe-core.
 */
package nl.leiden.healthysociety.it.support;
