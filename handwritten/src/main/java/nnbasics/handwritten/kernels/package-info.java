/**
 * Speed-tuned kernels of the readable models in {@code network} and {@code mnist} — sparse indexes, unrolled loops,
 * threads — each giving the same bits as its readable model, step for step (KernelsMatchReadableTest).
 */
package nnbasics.handwritten.kernels;
