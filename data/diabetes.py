#!/usr/bin/python3
"""Writes data/diabetes.csv and data/diabetes-raw.csv: scikit-learn's diabetes data exactly as load_diabetes()
returns it.

442 patients, ten baseline features (age, sex, bmi, bp, s1 ... s6) and the target, a quantitative measure of disease
progression one year later ("progression" here, "target" in scikit-learn).
  diabetes.csv      load_diabetes(): the features standardised (each column mean-centred and scaled to a sum of
                    squares of 1); cond(A^T A) = 5.2e4 with the bias column
  diabetes-raw.csv  load_diabetes(scaled=False): the original units (age in years, sex 1/2, bmi, blood pressure,
                    six serum measurements such as 4.8598); cond(A^T A) = 5.2e7
Every value is written as the shortest decimal that reads back as the same double (Python's repr digits, always
positional: repr itself would print three of the features as 6.1e-05-style exponents), so the file is exactly
those doubles; the script checks that it is.

Run with Debian's python3-sklearn (1.2.1) and python3-numpy:  /usr/bin/python3 data/diabetes.py
"""
import csv
import os

import numpy
import sklearn
from sklearn.datasets import load_diabetes

HERE = os.path.dirname(os.path.abspath(__file__))


def plain(value):
    """The shortest round-tripping decimal of a double, without an exponent."""
    text = numpy.format_float_positional(value, unique=True, trim="-")
    assert float(text) == value, (text, value)
    return text


def write(name, scaled):
    out = os.path.join(HERE, name)
    data = load_diabetes(scaled=scaled)
    x, y = data.data, data.target
    header = list(data.feature_names) + ["progression"]
    with open(out, "w", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(header)
        for row, target in zip(x, y):
            writer.writerow([plain(v) for v in row] + [plain(target)])
    with open(out) as f:                                    # the file reads back as the very same doubles
        rows = list(csv.reader(f))[1:]
    back = numpy.array([[float(v) for v in row] for row in rows])
    assert back.shape == (442, 11)
    assert numpy.array_equal(back[:, :10], x) and numpy.array_equal(back[:, 10], y)
    print("wrote", out, back.shape, "scikit-learn", sklearn.__version__)


def main():
    write("diabetes.csv", True)
    write("diabetes-raw.csv", False)


if __name__ == "__main__":
    main()
