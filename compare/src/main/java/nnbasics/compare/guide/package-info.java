/** The guide, section by section: each section's numbers and twin runs as plain records, for the console, pictures and report. */
package nnbasics.compare.guide;
