"""NumPy reference for UpdatersMatchDl4jTest.numpyAdamAndMomentumFromTheSameStart: 20 full-batch steps of DL4J's
Adam and DL4J's Nesterov momentum, written from DL4J 1.0.0-M2.1's formulas (docs/derivations.md, sections 12 and
14), on the test's 3 -> 2 identity layer with MSE (X, Y, W0, B0 copied from the test), from the same start.
Prints W (column by column) and b after step 20, one line per updater, repr'd to 17 digits.

Run from the repository's root: python3 compare/src/test/java/nnbasics/compare/updaters/updaters_reference.py
"""
import numpy as np

X = np.array([[0.5, -1.0, 0.25], [1.5, 2.0, -0.75], [-0.3, 0.8, 1.1], [2.2, -0.4, 0.6]])
Y = np.array([[1.0, -0.5], [0.25, 2.0], [-1.2, 0.4], [0.7, 0.9]])
W0 = np.array([0.3, 0.1, -0.25, -0.2, 0.4, 0.15]).reshape(2, 3).T  # given column by column
B0 = np.array([0.05, -0.1])
STEPS = 20


def gradient(w, b):
    delta = 2 * (X @ w + b - Y) / Y.shape[1]          # LossMSE: 2(yhat - y)/nOut per row
    return X.T @ delta / len(X), delta.sum(axis=0) / len(X)


def flat(w, b):
    return np.concatenate([w.T.reshape(-1), b])       # W column by column, then b


def adam(lr=0.01, b1=0.9, b2=0.999, eps=1e-8):
    theta = flat(W0, B0)
    m = np.zeros_like(theta)
    v = np.zeros_like(theta)
    for t in range(STEPS):
        w = theta[:6].reshape(2, 3).T
        gw, gb = gradient(w, theta[6:])
        g = flat(gw, gb)
        alpha = lr * np.sqrt(1 - b2 ** (t + 1)) / (1 - b1 ** (t + 1))
        m = b1 * m + g * (1 - b1)
        v = b2 * v + g * g * (1 - b2)
        theta = theta - m * alpha / (np.sqrt(v) + eps)
    return theta


def nesterovs(lr=0.05, mu=0.9):
    theta = flat(W0, B0)
    v = np.zeros_like(theta)
    for _ in range(STEPS):
        w = theta[:6].reshape(2, 3).T
        gw, gb = gradient(w, theta[6:])
        g = flat(gw, gb)
        previous = mu * v
        v = previous - lr * g
        theta = theta - (previous + (-mu - 1) * v)
    return theta


print("adam", " ".join(repr(float(x)) for x in adam()))
print("nesterovs", " ".join(repr(float(x)) for x in nesterovs()))
