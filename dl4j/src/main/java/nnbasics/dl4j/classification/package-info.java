/** Softmax regression with Deeplearning4j: one softmax OutputLayer, DataVec reading, NormalizerStandardize and DL4J's Evaluation. */
package nnbasics.dl4j.classification;
