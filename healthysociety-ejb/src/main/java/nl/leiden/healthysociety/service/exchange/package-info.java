/**
 * Files in and out: reading spreadsheets (CSV as Dutch Excel writes it, and .xlsx), importing initiatives with a
 * preview, and exporting lists as CSV, .xlsx and PDF.
 */
package nl.leiden.healthysociety.service.exchange;
