/** The managed lists (themes, target groups, areas, ambitions) as services and forms need them. */
package nl.leiden.healthysociety.service.reference;
