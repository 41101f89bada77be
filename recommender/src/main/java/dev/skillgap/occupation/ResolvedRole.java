package dev.skillgap.occupation;

/**
 * A target role or posting title resolved to an occupation.
 *
 * @param occupation taxonomy index of the occupation (ESCO where one maps, else O*NET)
 * @param id its id (ESCO URI or {@code onet:<code>})
 * @param label its preferred label
 * @param method how it was resolved: {@code esco-uri}, {@code onet-code}, {@code exact-title}, {@code onet-title}
 *     (an O*NET title, through the crosswalk), {@code title-search}, {@code title-reading} (a title the
 *     sources leave ambiguous or lack, read by hand), {@code medical-post} (a doctor's post no title
 *     reaches: "Consultant in Old Age Psychiatry") or {@code field-title} (a field of work read as its
 *     practitioner: "Data Science" as data scientist)
 * @param confidence in (0, 1]: 1 for ids and exact titles, lower for searched titles
 */
public record ResolvedRole(int occupation, String id, String label, String method, double confidence) {}
