/** Screens of the prevention accord: the dashboard per accord, the indicator page with its charts, the public summary. */
package nl.leiden.healthysociety.web.accord;
