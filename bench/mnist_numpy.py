#!/usr/bin/env python3
"""The NumPy + OpenBLAS peer of `nnbasics mnist`: the same work, to time against.

Softmax regression (or, with --hidden H, a 784-H-10 ReLU network) on MNIST, double precision, plain SGD at
--lr on mini-batches of --batch rows, in the very order nnbasics uses: EpochOrder's Fisher-Yates shuffle from
java.util.SplittableRandom(seed * 1000003 + epoch), replicated below (checked against Java by --print-order).
Prints one JSON object: seconds per epoch, test accuracy per epoch, the mean batch loss per epoch.

    python3 bench/mnist_numpy.py [--data data/mnist] [--epochs 3] [--batch 100] [--lr 0.5] [--seed 1]
                                 [--hidden 128 --init-seed 1]
"""
import argparse
import json
import time

import numpy as np

MASK64 = (1 << 64) - 1
GOLDEN_GAMMA = 0x9E3779B97F4A7C15


class SplittableRandom:
    """java.util.SplittableRandom(seed): nextInt(bound) exactly as Java 17 computes it."""

    def __init__(self, seed):
        self.seed = seed & MASK64

    def _next_int(self):
        self.seed = (self.seed + GOLDEN_GAMMA) & MASK64
        z = self.seed
        z = ((z ^ (z >> 33)) * 0x62A9D9ED799705F5) & MASK64
        r = (((z ^ (z >> 28)) * 0xCB24D0A5C88C35B3) & MASK64) >> 32
        return r - (1 << 32) if r >= (1 << 31) else r  # as a Java int

    def next_int(self, bound):
        r = self._next_int()
        m = bound - 1
        if bound & m == 0:
            return r & m
        u = (r & 0xFFFFFFFF) >> 1
        while True:
            r = u % bound
            if (u + m - r) < (1 << 31):  # no int overflow in Java's u + m - r
                return r
            u = (self._next_int() & 0xFFFFFFFF) >> 1


def epoch_order(count, seed, epoch):
    random = SplittableRandom(seed * 1_000_003 + epoch)
    order = list(range(count))
    for i in range(count - 1, 0, -1):
        j = random.next_int(i + 1)
        order[i], order[j] = order[j], order[i]
    return np.array(order)


def idx(path, offset):
    return np.fromfile(path, dtype=np.uint8)[offset:]


def load(data, images, labels):
    x = idx(f"{data}/{images}", 16).reshape(-1, 784).astype(np.float64) / 255.0
    y = idx(f"{data}/{labels}", 8).astype(np.int64)
    return x, y


def softmax(z):
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--data", default="data/mnist")
    p.add_argument("--epochs", type=int, default=3)
    p.add_argument("--batch", type=int, default=100)
    p.add_argument("--lr", type=float, default=0.5)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--hidden", type=int, default=0)
    p.add_argument("--init-seed", type=int, default=1)
    p.add_argument("--print-order", type=int, default=0, help="print EpochOrder.of(N, seed, 0) and stop")
    a = p.parse_args()
    if a.print_order:
        print(" ".join(map(str, epoch_order(a.print_order, a.seed, 0))))
        return
    x, y = load(a.data, "train-images-idx3-ubyte", "train-labels-idx1-ubyte")
    tx, ty = load(a.data, "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte")
    onehot = np.eye(10)[y]
    rng = np.random.default_rng(a.init_seed)
    if a.hidden:
        r1, r2 = np.sqrt(6 / 784), np.sqrt(6 / (a.hidden + 10))  # He uniform, Xavier uniform
        w1 = rng.uniform(-r1, r1, (784, a.hidden)); b1 = np.zeros(a.hidden)
        w2 = rng.uniform(-r2, r2, (a.hidden, 10)); b2 = np.zeros(10)
    else:
        w = np.zeros((784, 10)); b = np.zeros(10)
    seconds, accuracy, losses = [], [], []
    for epoch in range(a.epochs):
        order = epoch_order(len(x), a.seed, epoch)
        start = time.perf_counter()
        total = 0.0
        batches = 0
        for f in range(0, len(order), a.batch):
            rows = order[f:f + a.batch]
            xb, yb = x[rows], onehot[rows]
            n = len(rows)
            if a.hidden:
                z1 = xb @ w1 + b1
                h = np.maximum(z1, 0)
                pb = softmax(h @ w2 + b2)
                d2 = (pb - yb) / n
                d1 = (d2 @ w2.T) * (z1 > 0)
                w2 -= a.lr * (h.T @ d2); b2 -= a.lr * d2.sum(0)
                w1 -= a.lr * (xb.T @ d1); b1 -= a.lr * d1.sum(0)
            else:
                pb = softmax(xb @ w + b)
                d = (pb - yb) / n
                w -= a.lr * (xb.T @ d); b -= a.lr * d.sum(0)
            total += -np.log(np.clip(pb[np.arange(n), y[rows]], 1e-10, 1)).mean()
            batches += 1
        seconds.append(time.perf_counter() - start)
        losses.append(total / batches)
        out = softmax(np.maximum(tx @ w1 + b1, 0) @ w2 + b2) if a.hidden else softmax(tx @ w + b)
        accuracy.append(float((out.argmax(1) == ty).mean()))
    print(json.dumps({"engine": "numpy", "hidden": a.hidden, "secondsPerEpoch": seconds, "testAccuracy": accuracy,
                      "trainLoss": losses, "numpy": np.__version__}))


if __name__ == "__main__":
    main()
