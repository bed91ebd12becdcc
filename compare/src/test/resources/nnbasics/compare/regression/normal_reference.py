#!/usr/bin/python3
"""Independent reference numbers for the closed-form tests (BackwardErrorTest, NormalEquationsProofTest) and
docs/closed-forms.md, computed with NumPy alone from the data files.

For each dataset, with A = [X | 1] (the bias column last), a_j its columns and M = A^T A:
  cond(M)        the 2-norm condition number of the normal equations, numpy.linalg.cond
  cond(M')       the same for M' = D M D, D = diag(1 / ||a_j||): every column of A at unit length
  lstsq          the least-squares solution by numpy.linalg.lstsq (LAPACK gelsd, an SVD: no normal equations)
  beta(theta)    max_j |A^T (A theta - y)|_j / (||a_j|| (sum_k ||a_k|| |theta_k| + ||y||))   (BackwardError's beta)
for lstsq's theta, for theta rounded to float32, for theta with one entry rounded to float32, for the normal
equations solved in float32, and for the exact least-squares solution of X rounded to float32, checked against the
double X.

Run from the repository's root with Debian's python3-numpy:
  /usr/bin/python3 compare/src/test/resources/nnbasics/compare/regression/normal_reference.py
"""
import csv

import numpy

DATA = [("data/diabetes.csv", "progression"), ("data/diabetes-raw.csv", "progression"),
        ("data/portland-houses.csv", "price"), ("data/food-trucks.csv", "profit")]


def load(path, target):
    with open(path) as f:
        rows = list(csv.reader(f))
    header = rows[0]
    values = numpy.array([[float(v) for v in row] for row in rows[1:]])
    t = header.index(target)
    return numpy.delete(values, t, axis=1), values[:, t]


def design(x):
    return numpy.hstack([x, numpy.ones((x.shape[0], 1))])


def beta(a, y, theta):
    r = a.T @ (a @ theta - y)
    lengths = numpy.linalg.norm(a, axis=0)
    t = lengths * (lengths @ numpy.abs(theta) + numpy.linalg.norm(y))
    return numpy.max(numpy.abs(r) / t)


def to_float(v):
    return numpy.asarray(v, dtype=numpy.float32).astype(numpy.float64)


def main():
    for path, target in DATA:
        x, y = load(path, target)
        a = design(x)
        m = a.T @ a
        d = 1 / numpy.linalg.norm(a, axis=0)
        theta = numpy.linalg.lstsq(a, y, rcond=None)[0]
        print(path, "N =", a.shape[0], "p =", a.shape[1])
        print("  cond(M)  = %.4e" % numpy.linalg.cond(m))
        print("  cond(M') = %.4e" % numpy.linalg.cond(d[:, None] * m * d[None, :]))
        print("  lstsq    =", ", ".join(repr(float(v)) for v in theta))
        print("  beta(lstsq)               = %.4e" % beta(a, y, theta))
        print("  beta(theta as float)      = %.4e" % beta(a, y, to_float(theta)))
        single = []
        for j in range(len(theta)):
            one = theta.copy()
            one[j] = to_float(one[j])
            single.append(beta(a, y, one))
        print("  beta(one theta_j as float) min = %.4e" % min(single), ", ".join("%.2e" % b for b in single))
        m32 = m.astype(numpy.float32)
        c32 = (a.T @ y).astype(numpy.float32)
        print("  beta(solved in float32)   = %.4e" % beta(a, y, numpy.linalg.solve(m32, c32).astype(numpy.float64)))
        if not numpy.array_equal(to_float(x), x):
            theta_fx = numpy.linalg.lstsq(design(to_float(x)), y, rcond=None)[0]
            print("  beta(X as float, solved)  = %.4e" % beta(a, y, theta_fx),
                  " on its own rows %.4e" % beta(design(to_float(x)), y, theta_fx))
        else:
            print("  X is exact in float32")


if __name__ == "__main__":
    main()
