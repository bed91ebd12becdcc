/** A batch's work shared among a few threads, cut into fixed chunks so that the numbers never depend on the threads. */
package nnbasics.handwritten.parallel;
