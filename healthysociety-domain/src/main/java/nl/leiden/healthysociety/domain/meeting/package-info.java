/**
 * Kenniscafés and Beleidslabs: meetings with a capacity, the people who register for them (confirmed or on the
 * waiting list), who came, and what came out of them: minutes, insights per theme group, action plans with their
 * follow-ups, and new collaborations between organisations.
 */
package nl.leiden.healthysociety.domain.meeting;
