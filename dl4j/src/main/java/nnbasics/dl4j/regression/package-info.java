/** Linear regression (sections 1–6 of the guide) as a one-layer Deeplearning4j network, the twin of the hand-written package. */
package nnbasics.dl4j.regression;
