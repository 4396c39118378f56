package io.gramkit.rules;

/**
 * The value of literal arithmetic as DRL evaluates it in doubles ({@code 3 / 100.0},
 * {@code -0.125}, {@code (1 + 2) * 0.01}), or null for anything that reads a variable: the
 * thresholds a {@code .dslr} mapping or a decision table writes are such expressions.
 */
final class Arithmetic {
    private final String text;
    private int at;

    private Arithmetic(String text) {
        this.text = text;
    }

    static Double evaluate(String expression) {
        Arithmetic parser = new Arithmetic(expression.strip());
        try {
            double value = parser.sum();
            parser.space();
            return parser.at == parser.text.length() ? value : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private double sum() {
        double value = product();
        while (true) {
            space();
            if (eat('+')) {
                value += product();
            } else if (eat('-')) {
                value -= product();
            } else {
                return value;
            }
        }
    }

    private double product() {
        double value = factor();
        while (true) {
            space();
            if (eat('*')) {
                value *= factor();
            } else if (eat('/')) {
                value /= factor();
            } else {
                return value;
            }
        }
    }

    private double factor() {
        space();
        if (eat('-')) {
            return -factor();
        }
        if (eat('+')) {
            return factor();
        }
        if (eat('(')) {
            double value = sum();
            space();
            if (!eat(')')) {
                throw new IllegalArgumentException("no closing parenthesis");
            }
            return value;
        }
        int start = at;
        while (at < text.length() && (Character.isDigit(text.charAt(at)) || text.charAt(at) == '.')) {
            at++;
        }
        if (at < text.length() && (text.charAt(at) == 'e' || text.charAt(at) == 'E') && at > start) {
            at++;
            if (at < text.length() && (text.charAt(at) == '-' || text.charAt(at) == '+')) {
                at++;
            }
            while (at < text.length() && Character.isDigit(text.charAt(at))) {
                at++;
            }
        }
        if (at == start) {
            throw new IllegalArgumentException("not a number");
        }
        String number = text.substring(start, at);
        if (at < text.length() && "dDfFlL".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        if (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_')) {
            throw new IllegalArgumentException("not a number");
        }
        try {
            return Double.parseDouble(number);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number", e);
        }
    }

    private void space() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    private boolean eat(char c) {
        if (at < text.length() && text.charAt(at) == c) {
            at++;
            return true;
        }
        return false;
    }
}
