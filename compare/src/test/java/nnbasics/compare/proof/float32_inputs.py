"""The step proof of update 1 when one engine reads iris's inputs as float32: the expected value of
PlantedErrorsTest.inputsRoundedToFloatAreCaughtAtUpdateOneByAboutOneFloatRounding, computed independently in NumPy.

Both sides take one full-batch gradient-descent step of the 4 -> 4 tanh -> 3 softmax network (mean cross-entropy,
rate 0.1) from the start written in the test (PlantedErrorsTest.IRIS_START_*), on data/iris.csv's raw features: one
side as the decimals read into doubles (DL4J), the other as those doubles rounded to float32. Compared as the step
proof compares them (docs/twin-difference.md): the loss and P at the start, W1, b1, W2, b2 after the step; per tensor
max |a - b| / the largest entry of its scale group (W1 with b1, W2 with b2, the loss and P alone) over both sides.

Run from the repository's root: python3 compare/src/test/java/nnbasics/compare/proof/float32_inputs.py
"""
import csv
import numpy as np

W1 = np.array([[0.2, -0.1, 0.05, -0.3], [-0.25, 0.15, 0.1, 0.2], [0.1, 0.3, -0.2, -0.05], [0.3, -0.2, 0.25, 0.1]])
B1 = np.array([0.0, 0.1, -0.1, 0.0])
W2 = np.array([[0.5, -0.4, 0.2], [-0.3, 0.6, -0.1], [0.4, 0.1, -0.5], [-0.2, -0.3, 0.6]])
B2 = np.array([0.0, 0.0, 0.0])
RATE = 0.1

with open("data/iris.csv") as f:
    rows = list(csv.DictReader(f))
x = np.array([[float(r[c]) for c in ("sepal_length", "sepal_width", "petal_length", "petal_width")] for r in rows])
classes = sorted({r["species"] for r in rows})
y = np.eye(len(classes))[[classes.index(r["species"]) for r in rows]]


def one_step(x):
    n = len(x)
    t = np.tanh(x @ W1 + B1)
    z = t @ W2 + B2
    p = np.exp(z - z.max(axis=1, keepdims=True))
    p /= p.sum(axis=1, keepdims=True)
    loss = -np.sum(y * np.log(p)) / n
    d2 = p - y
    d1 = (d2 @ W2.T) * (1 - t * t)
    return {"loss": np.array([loss]), "W1": W1 - RATE * (x.T @ d1) / n, "b1": B1 - RATE * d1.sum(axis=0) / n,
            "W2": W2 - RATE * (t.T @ d2) / n, "b2": B2 - RATE * d2.sum(axis=0) / n, "P": p}


exact = one_step(x)
rounded = one_step(x.astype(np.float32).astype(np.float64))
groups = {"loss": ["loss"], "W1": ["W1", "b1"], "b1": ["W1", "b1"], "W2": ["W2", "b2"], "b2": ["W2", "b2"], "P": ["P"]}
print("largest relative rounding of an input:", float(np.max(np.abs(x.astype(np.float32) - x) / np.abs(x))))
for name, group in groups.items():
    scale = max(max(np.abs(exact[g]).max(), np.abs(rounded[g]).max()) for g in group)
    print(name, repr(float(np.abs(exact[name] - rounded[name]).max() / scale)))
