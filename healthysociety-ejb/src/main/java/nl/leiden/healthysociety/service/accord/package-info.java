/**
 * The prevention accord's services: accords, ambitions and indicators (managed by medewerkers and beheerders,
 * read by everyone with an account), measurements entered or imported, the progress dashboard and report, and
 * the public summary.
 */
package nl.leiden.healthysociety.service.accord;
