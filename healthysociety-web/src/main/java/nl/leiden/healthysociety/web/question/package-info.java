/**
 * The Meeting Point's screens: asking a question (publicly or logged in), following it through the personal link,
 * and on the intranet the inbox, a question with its history and actions, the meeting's agenda and the figures.
 */
package nl.leiden.healthysociety.web.question;
