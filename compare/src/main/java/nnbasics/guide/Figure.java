package nnbasics.guide;

/**
 * A picture the guide wrote.
 *
 * @param file    its file name in the output folder (PNG; an SVG of the same name sits beside it when one exists)
 * @param caption one sentence saying what it shows
 * @param hasSvg  whether an SVG was written too
 */
public record Figure(String file, String caption, boolean hasSvg) {
}
