/**
 * What every service stands on: the data source (configured with MicroProfile Config), the Flyway migrations that
 * own the schema, the check that Hibernate's mapping matches it, demo data for the embedded run, and the helpers
 * that validate commands.
 */
package nl.leiden.healthysociety.service.platform;
