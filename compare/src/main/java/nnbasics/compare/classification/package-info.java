/** The softmax-regression twins, the hand-written and the DL4J trainer behind one {@link nnbasics.compare.Engine}, and the learning rate their curvature bound gives. */
package nnbasics.compare.classification;
