/** Runs the hand-written and the DL4J engine in lock-step and measures how far apart they are. */
package nnbasics.compare;
