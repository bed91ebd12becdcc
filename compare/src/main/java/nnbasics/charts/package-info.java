/** Application, built on the proof core ({@code nnbasics.compare}). The guide's pictures as pure functions: plain numbers in, an XChart chart or a Java2D/SVG drawing out, and files written atomically. */
package nnbasics.charts;
