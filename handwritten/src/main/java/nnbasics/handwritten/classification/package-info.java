/** Softmax regression by hand: probabilities from logits, two losses with their gradients, gradient descent and evaluation. */
package nnbasics.handwritten.classification;
