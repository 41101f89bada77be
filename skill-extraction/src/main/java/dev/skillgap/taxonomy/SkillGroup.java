package dev.skillgap.taxonomy;

/**
 * A node of ESCO's skills hierarchy (skill pillar), such as {@code T4 social and communication
 * skills and competences} or {@code S5.1 programming computer systems}.
 *
 * @param id the ESCO URI
 * @param code the hierarchy code ({@code T4.3}); empty for ISCED-F knowledge groups without one
 * @param label the preferred label
 * @param broader indices of broader groups
 */
public record SkillGroup(String id, String code, String label, int[] broader) {}
