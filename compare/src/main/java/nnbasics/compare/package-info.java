/**
 * The proof core: the two engines behind one {@link nnbasics.compare.Engine} interface, the lock-step that proves
 * them equal at every step ({@link nnbasics.compare.LockStep}), the metric and its derived tolerances, and the twin
 * factories that build each pair from the same data and start. The applications (packages {@code nnbasics.cli},
 * {@code guide}, {@code explore}, {@code charts}) build on it and never the other way round ({@code LayeringTest}).
 */
package nnbasics.compare;
