package dev.skillgap.check;

/**
 * How many records share one reason, with the first of them as the example.
 *
 * @param reason the reason as the first record gave it
 * @param count records with this reason (values aside: {@code datePosted "x" is not a date} and
 *     {@code datePosted "y" is not a date} are one reason)
 * @param exampleEntry where the example is in its file ({@code line 12}, {@code row 5 (line 44)})
 */
public record ReasonCount(String reason, int count, String exampleEntry) {}
