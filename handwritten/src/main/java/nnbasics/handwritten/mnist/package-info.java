/**
 * Softmax regression on the real MNIST digits by hand: IDX files read byte by byte, the epoch's order, the readable
 * trainer (the tuned kernel: {@code nnbasics.handwritten.kernels}).
 */
package nnbasics.handwritten.mnist;
