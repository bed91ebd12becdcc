/** Multi-layer networks by hand: dense hidden layers, a softmax output layer, backpropagation and SGD. */
package nnbasics.handwritten.network;
