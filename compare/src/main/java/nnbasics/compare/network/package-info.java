/** The multi-layer network twins: the hand-written and the DL4J network trainer behind one {@link nnbasics.compare.Engine}. */
package nnbasics.compare.network;
