package io.gramkit.testing;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.TreeSet;

/**
 * A fact's readable properties as the rules' diagnostics list them (its getters and boolean
 * {@code isX()}, deprecated aliases left out, sorted, comma-separated), found independently of the
 * code under test so that expected diagnostics follow the fact as it grows fields.
 */
public final class ReadableProperties {
    private ReadableProperties() {}

    public static String of(Class<?> fact) {
        TreeSet<String> fields = new TreeSet<>();
        for (Method method : fact.getMethods()) {
            String name = method.getName();
            if (method.getParameterCount() != 0
                    || method.getDeclaringClass() == Object.class
                    || Modifier.isStatic(method.getModifiers())
                    || method.isAnnotationPresent(Deprecated.class)) { // an alias is not suggested
                continue;
            }
            if (name.startsWith("get") && name.length() > 3 && method.getReturnType() != void.class) {
                fields.add(Character.toLowerCase(name.charAt(3)) + name.substring(4));
            } else if (name.startsWith("is") && name.length() > 2 && method.getReturnType() == boolean.class) {
                fields.add(Character.toLowerCase(name.charAt(2)) + name.substring(3));
            }
        }
        return String.join(", ", fields);
    }
}
