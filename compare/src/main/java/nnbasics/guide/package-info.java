/** Application, built on the proof core ({@code nnbasics.compare}). The guide, section by section: each section's numbers and twin runs as plain records, for the console, pictures and report. */
package nnbasics.guide;
