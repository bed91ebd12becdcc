/** Application, built on the proof core ({@code nnbasics.compare}). {@code nnbasics explore}: the guide's dials, buttons and live charts in a Swing window; models without Swing, views that bind controls to them. */
package nnbasics.explore;
