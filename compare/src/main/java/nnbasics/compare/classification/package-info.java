/** The softmax-regression twins: the hand-written and the DL4J trainer behind one {@link nnbasics.compare.Engine}. */
package nnbasics.compare.classification;
