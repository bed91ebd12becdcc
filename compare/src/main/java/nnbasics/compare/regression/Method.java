package nnbasics.compare.regression;

/** How the linear model is fitted: gradient descent, or least squares in closed form (the normal equations). */
public enum Method {
    GD, NORMAL
}
