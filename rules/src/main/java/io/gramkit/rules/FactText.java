package io.gramkit.rules;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Facts as the audit trail writes them: {@code Type(name=value name=value ...)} for each readable
 * property (a public {@code getX()} or boolean {@code isX()}) in order of name, facts joined by
 * {@code "; "}. Doubles print as Java prints them, so they parse back to the same double. Found by
 * reflection once per fact class, so a field added to a fact appears without a change here.
 */
final class FactText {
    private record Property(String name, Method getter) {}

    private static final Map<Class<?>, List<Property>> PROPERTIES = new ConcurrentHashMap<>();

    private FactText() {}

    static String of(List<?> facts) {
        StringBuilder text = new StringBuilder();
        for (Object fact : facts) {
            if (text.length() > 0) {
                text.append("; ");
            }
            append(text, fact);
        }
        return text.toString();
    }

    private static void append(StringBuilder text, Object fact) {
        text.append(fact.getClass().getSimpleName()).append('(');
        List<Property> properties = PROPERTIES.computeIfAbsent(fact.getClass(), FactText::properties);
        for (int i = 0; i < properties.size(); i++) {
            Property property = properties.get(i);
            text.append(i > 0 ? " " : "").append(property.name()).append('=').append(value(property, fact));
        }
        text.append(')');
    }

    private static String value(Property property, Object fact) {
        try {
            return String.valueOf(property.getter().invoke(fact));
        } catch (IllegalAccessException | InvocationTargetException e) {
            return "?";
        }
    }

    private static List<Property> properties(Class<?> type) {
        List<Property> properties = new ArrayList<>();
        if (!Modifier.isPublic(type.getModifiers())) {
            return properties;
        }
        for (Method method : type.getMethods()) {
            if (method.getDeclaringClass() == Object.class
                    || Modifier.isStatic(method.getModifiers())
                    || method.getParameterCount() != 0
                    || method.getReturnType() == void.class
                    || method.isAnnotationPresent(Deprecated.class)) { // an alias would repeat a value
                continue;
            }
            String name = method.getName();
            if (name.startsWith("get") && name.length() > 3) {
                properties.add(new Property(decapitalise(name.substring(3)), method));
            } else if (name.startsWith("is") && name.length() > 2 && method.getReturnType() == boolean.class) {
                properties.add(new Property(decapitalise(name.substring(2)), method));
            }
        }
        properties.sort(Comparator.comparing(Property::name));
        return List.copyOf(properties);
    }

    private static String decapitalise(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
