package io.gramkit.golddata;

/**
 * One fitted parameter as reported: its value and standard error in the reported scale
 * (annualised where that is the convention).
 *
 * @param name          as the scenario language writes it ({@code drift}, {@code vol}, {@code alpha})
 * @param description   what it is, with its scale ({@code annual drift of the price})
 * @param value         the estimate
 * @param standardError from the inverse Hessian of the log-likelihood (delta method for transforms); NaN
 *                      where the Hessian is not invertible (an estimate on a boundary)
 * @param percent       whether it is written as a percentage
 */
public record Estimate(String name, String description, double value, double standardError, boolean percent) {}
