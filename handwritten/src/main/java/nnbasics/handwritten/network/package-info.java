/**
 * Multi-layer networks by hand, written to be read: dense hidden layers, a softmax output layer, backpropagation and
 * SGD, each formula one plain loop beside its javadoc (the tuned kernel: {@code nnbasics.handwritten.kernels}).
 */
package nnbasics.handwritten.network;
