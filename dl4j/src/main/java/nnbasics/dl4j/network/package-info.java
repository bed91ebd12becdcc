/** Multi-layer networks with Deeplearning4j: DenseLayers and a softmax OutputLayer, trained by plain SGD in double precision. */
package nnbasics.dl4j.network;
