/**
 * MNIST with both engines: softmax regression or a network, each engine on its own reading of the files
 * ({@link nnbasics.compare.mnist.MnistSplits}), built in one place ({@link nnbasics.compare.mnist.MnistTwins}), step
 * k on batch k of one schedule ({@link nnbasics.compare.mnist.MnistBatches}), trained by the project's one lock-step
 * runner with its step proof and trajectory ({@link nnbasics.compare.mnist.MnistTraining}); test accuracy, loss,
 * seconds and both differences per epoch.
 */
package nnbasics.compare.mnist;
