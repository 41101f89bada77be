/**
 * Quantities of a catalogue entry read from the text catalogues write: learning hours ({@link
 * dev.skillgap.catalog.quantity.StudyHours}, {@link dev.skillgap.catalog.quantity.IsoDuration})
 * and prices ({@link dev.skillgap.catalog.quantity.Price}). Pure functions with typed results that
 * say how a figure was found or why there is none; they depend on nothing else in skillgap.
 */
package dev.skillgap.catalog.quantity;
