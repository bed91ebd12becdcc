/**
 * How the step is taken with DL4J: the updaters and regularisers are DL4J's own (configured on the network
 * builder); what is here is what DL4J lacks, a dropout that applies a mask it is given, so that both engines drop
 * the same units at the same step.
 */
package nnbasics.dl4j.updaters;
