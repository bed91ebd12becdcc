/**
 * How the step is taken, by hand: the updaters (SGD, momentum in DL4J's Nesterov form, RMSProp, AdaGrad, Adam and
 * the textbook Adam), the regularisers (L2, L1, weight decay), the order DL4J applies them in ({@link
 * nnbasics.handwritten.updaters.Step}) and inverted dropout; each acts on a flat parameter array, one plain loop
 * with its formula beside it ({@code docs/derivations.md}, sections 12–15).
 */
package nnbasics.handwritten.updaters;
