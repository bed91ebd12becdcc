/** Feature scaling: standardising each feature to mean 0 and standard deviation 1, and mapping weights back to raw units. */
package nnbasics.handwritten.features;
