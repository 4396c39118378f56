package io.gramkit.dsl;

import io.gramkit.diagnostic.SourceFile;
import io.gramkit.diagnostic.SourceSpan;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Compares two models value by value, recursively, ignoring where things came from: record
 * components and fields of type {@link SourceSpan} or {@link SourceFile} are skipped. Records are
 * compared component by component, the kit's other classes field by field, collections element
 * by element, anything else (numbers bit for bit, paths, strings, arrays) with {@code equals}.
 */
final class SpanFreeComparison {
    private SpanFreeComparison() {}

    /** Where {@code a} and {@code b} differ, as {@code path: a != b} lines; empty if they are equal spans aside. */
    static List<String> differences(Object a, Object b) {
        List<String> found = new ArrayList<>();
        compare(a, b, "", found);
        return found;
    }

    private static void compare(Object a, Object b, String path, List<String> found) {
        if (a == b || (isLocation(a) && isLocation(b))) {
            return;
        }
        if (a == null || b == null || a.getClass() != b.getClass()) {
            found.add(path + ": " + a + " != " + b);
            return;
        }
        Class<?> type = a.getClass();
        try {
            if (type.isRecord()) {
                for (RecordComponent component : type.getRecordComponents()) {
                    if (!isLocationType(component.getType())) {
                        component.getAccessor().setAccessible(true);
                        compare(
                                component.getAccessor().invoke(a),
                                component.getAccessor().invoke(b),
                                path + "." + component.getName(),
                                found);
                    }
                }
            } else if (a instanceof Optional<?> left) {
                compare(left.orElse(null), ((Optional<?>) b).orElse(null), path + ".get()", found);
            } else if (a instanceof Map<?, ?> left) {
                Map<?, ?> right = (Map<?, ?>) b;
                if (!left.keySet().equals(right.keySet())) {
                    found.add(path + ": keys " + left.keySet() + " != " + right.keySet());
                    return;
                }
                left.forEach((key, value) -> compare(value, right.get(key), path + "[" + key + "]", found));
            } else if (a instanceof Collection<?> left && !(a instanceof java.nio.file.Path)) {
                Collection<?> right = (Collection<?>) b;
                if (left.size() != right.size()) {
                    found.add(path + ": " + left.size() + " elements != " + right.size());
                    return;
                }
                Iterator<?> r = right.iterator();
                int i = 0;
                for (Object element : left) {
                    compare(element, r.next(), path + "[" + i++ + "]", found);
                }
            } else if (type.getPackageName().startsWith("io.gramkit") && !type.isEnum()) {
                for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                    for (Field field : c.getDeclaredFields()) {
                        if (!Modifier.isStatic(field.getModifiers()) && !isLocationType(field.getType())) {
                            field.setAccessible(true);
                            compare(field.get(a), field.get(b), path + "." + field.getName(), found);
                        }
                    }
                }
            } else if (!Objects.deepEquals(a, b)) {
                found.add(path + ": " + a + " != " + b);
            }
        } catch (ReflectiveOperationException e) {
            throw new LinkageError("cannot compare " + path, e);
        }
    }

    private static boolean isLocation(Object value) {
        return value instanceof SourceSpan || value instanceof SourceFile;
    }

    private static boolean isLocationType(Class<?> type) {
        return SourceSpan.class.isAssignableFrom(type) || SourceFile.class.isAssignableFrom(type);
    }
}
