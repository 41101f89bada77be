package dev.skillgap.report;

import java.util.List;

/**
 * The cohort gap heatmap: one row per target role, one column per top gap skill.
 *
 * @param roleUris occupation URIs of the rows
 * @param roles their labels
 * @param learners how many learners target each role
 * @param skillUris concept ids of the columns
 * @param skills their labels
 * @param values per row, per column, the share of the role's learners with the skill in their gap
 */
public record Heatmap(List<String> roleUris, List<String> roles, List<Long> learners, List<String> skillUris, List<String> skills,
    List<List<Double>> values) {}
