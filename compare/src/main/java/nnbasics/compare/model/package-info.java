/**
 * A trained network kept on disk, once per engine in that engine's own format (DL4J's {@code ModelSerializer} zip,
 * the hand-written network's JSON), and predictions from it by both engines, proven equal.
 */
package nnbasics.compare.model;
