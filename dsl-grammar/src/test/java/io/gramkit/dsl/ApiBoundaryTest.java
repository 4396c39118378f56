package io.gramkit.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import io.gramkit.dsl.ast.AstPrinter;
import io.gramkit.dsl.ast.Node;
import io.gramkit.dsl.parser.ScenarioParser;
import io.gramkit.dsl.resolve.Resolver;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** ANTLR types never leave the parser: no public signature of the language's API mentions them. */
class ApiBoundaryTest {

    @Test
    void noPublicSignatureMentionsAntlr() {
        List<Class<?>> api =
                new ArrayList<>(List.of(ScenarioLoader.class, ScenarioParser.class, Resolver.class, AstPrinter.class));
        collectSealed(Node.class, api);
        for (Class<?> type : api) {
            for (Method method : type.getMethods()) {
                Stream.concat(
                                Stream.of(method.getGenericReturnType()),
                                Arrays.stream(method.getGenericParameterTypes()))
                        .map(Object::toString)
                        .forEach(signature -> assertThat(signature)
                                .as("%s.%s", type.getSimpleName(), method.getName())
                                .doesNotContain("org.antlr"));
            }
        }
    }

    @Test
    void everyAstNodeIsARecordOrASealedInterface() {
        List<Class<?>> nodes = new ArrayList<>();
        collectSealed(Node.class, nodes);
        assertThat(nodes).hasSizeGreaterThan(20).allMatch(type -> type.isRecord() || type.isSealed());
        nodes.stream()
                .filter(Class::isRecord)
                .forEach(record -> assertThat(
                                Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName))
                        .as("%s has a span", record.getSimpleName())
                        .contains("span"));
    }

    @Test
    void generatedParserIsTheOnlyPublicAntlrUser() {
        assertThat(Modifier.isPublic(ScenarioParser.class.getModifiers())).isTrue();
        assertThat(Arrays.stream(ScenarioParser.class.getDeclaredFields())
                        .filter(f -> Modifier.isPublic(f.getModifiers())))
                .allMatch(f -> f.getType().isPrimitive());
    }

    private static void collectSealed(Class<?> type, List<Class<?>> into) {
        if (into.contains(type)) {
            return;
        }
        into.add(type);
        if (type.isSealed()) {
            for (Class<?> sub : type.getPermittedSubclasses()) {
                collectSealed(sub, into);
            }
        }
    }
}
