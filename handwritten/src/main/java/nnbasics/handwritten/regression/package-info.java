/** Linear regression by hand: the guide's houses, mean squared error, gradient descent and least squares in closed form. */
package nnbasics.handwritten.regression;
