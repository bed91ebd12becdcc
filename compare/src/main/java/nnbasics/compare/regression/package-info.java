/** The linear-regression twins: the hand-written and the DL4J trainer behind one {@link nnbasics.compare.Engine} interface. */
package nnbasics.compare.regression;
