/** Softmax regression on the real MNIST digits by hand: IDX files read byte by byte, the epoch's order, a fast trainer. */
package nnbasics.handwritten.mnist;
