/**
 * Occupations for titles: a posting's, an HR role's or a learner's target title resolved to an
 * ESCO occupation with a confidence and the method that found it ({@link
 * dev.skillgap.occupation.RoleResolver}), from ESCO and O*NET titles, the crosswalk, a few titles
 * read by hand and the rules for doctors' posts, after titles are normalised (bands, grades,
 * locations, bonuses).
 */
package dev.skillgap.occupation;
