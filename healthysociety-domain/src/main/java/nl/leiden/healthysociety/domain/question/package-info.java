/**
 * The Meeting Point: questions that come in from initiators, residents, professionals and students, their triage
 * and assignment to partner organisations, the conversation with the asker, internal notes, attachments and the
 * decisions of the partners' Meeting Point meeting.
 */
package nl.leiden.healthysociety.domain.question;
