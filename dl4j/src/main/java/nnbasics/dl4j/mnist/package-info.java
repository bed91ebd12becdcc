/** MNIST softmax regression with Deeplearning4j: the IDX files read into INDArrays, one softmax OutputLayer trained by mini-batch SGD. */
package nnbasics.dl4j.mnist;
