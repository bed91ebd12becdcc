/** MNIST softmax regression with both engines: the same mini-batches in lock-step, test accuracy per epoch, the drift between them. */
package nnbasics.compare.mnist;
