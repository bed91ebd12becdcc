/** Feature standardisation with ND4J's normaliser, and the way back to raw units: the twin of the hand-written Standardizer. */
package nnbasics.dl4j.features;
