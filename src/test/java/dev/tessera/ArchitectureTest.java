package dev.tessera;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.component.Component;
import jakarta.persistence.EntityManager;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The house rules the compiler cannot see: views stay away from persistence, algorithms stay plain Java,
 * repositories are used where transactions are owned, and a module's {@code internal} package is its own. Each rule
 * was seen failing once on a deliberate violation (the closing note of issue 13 lists them).
 */
class ArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.tessera");

    /** The plain algorithms: segmentation, the QA checks and runner, term matching, diffs, file readers and writers. */
    static final DescribedPredicate<JavaClass> ALGORITHMS = describe("algorithms", type -> {
        String pkg = type.getPackageName();
        String name = type.getSimpleName();
        if (name.equals("package-info")) {
            return false;
        }
        return pkg.startsWith("dev.tessera.segmentation")
                || pkg.startsWith("dev.tessera.qa")
                || pkg.equals("dev.tessera.glossary")
                        && name.matches("Term(Matcher|Base|Locales)|FoldedText|Inflection|(Tbx|Csv).*(Reader|Writer)")
                || pkg.equals("dev.tessera.exchange")
                        && name.matches("Xliff.*Reader|.*Writer|TextExport|Xml|CodedText|InlineCode")
                || pkg.equals("dev.tessera.memory") && name.matches("Match(Scoring|Tokens|Grams).*|NumberFixes|Tmx.*")
                || type.getName().equals("dev.tessera.translation.editor.WordDiff");
    });

    @Test
    void viewsUseServicesNeverRepositoriesOrTheDatabase() {
        ArchRule rule = noClasses()
                .that()
                .areAssignableTo(Component.class)
                .should()
                .dependOnClassesThat()
                .areAssignableTo(Repository.class)
                .orShould()
                .dependOnClassesThat()
                .areAssignableTo(EntityManager.class)
                .orShould()
                .dependOnClassesThat()
                .areAssignableTo(JdbcClient.class)
                .orShould()
                .dependOnClassesThat()
                .areAssignableTo(JdbcTemplate.class)
                .orShould()
                .dependOnClassesThat()
                .areAssignableTo(NamedParameterJdbcTemplate.class);
        rule.check(CLASSES);
    }

    @Test
    void algorithmsArePlainJava() {
        ArchRule rule = noClasses()
                .that(ALGORITHMS)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "jakarta.persistence..", "com.vaadin..");
        rule.check(CLASSES);
    }

    @Test
    void theAlgorithmRuleCoversEveryKindOfAlgorithm() {
        // A renamed reader or check must not slip out of the rule above unnoticed.
        for (String name : new String[] {
            "segmentation.Segmenter",
            "qa.QaRunner",
            "qa.NumbersCheck",
            "glossary.TermMatcher",
            "glossary.FoldedText",
            "glossary.TbxReader",
            "glossary.CsvGlossaryWriter",
            "exchange.XliffReader",
            "exchange.Xliff21Writer",
            "exchange.TmxWriter",
            "translation.editor.WordDiff",
            "memory.MatchScoring"
        }) {
            JavaClass type = CLASSES.get("dev.tessera." + name);
            org.assertj.core.api.Assertions.assertThat(ALGORITHMS.test(type))
                    .as(name)
                    .isTrue();
        }
    }

    @Test
    void repositoriesAreUsedOnlyWhereTransactionsAreOwned() {
        ArchRule rule = classes()
                .that(useARepository())
                .and()
                .areNotAssignableTo(Repository.class)
                .should(ownTransactions());
        rule.check(CLASSES);
    }

    @Test
    void noModuleReachesIntoAnotherModulesInternalPackage() {
        ArchRule rule = classes().should(keepOutOfOtherModulesInternals());
        rule.check(CLASSES);
    }

    static DescribedPredicate<JavaClass> useARepository() {
        return describe(
                "use a repository",
                type -> type.getDirectDependenciesFromSelf().stream()
                        .anyMatch(dependency -> dependency.getTargetClass().isAssignableTo(Repository.class)));
    }

    /** {@code @Transactional} on the class or one of its methods, or a {@link TransactionTemplate} of its own. */
    static ArchCondition<JavaClass> ownTransactions() {
        return new ArchCondition<>("own their transactions (@Transactional or a TransactionTemplate)") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                boolean owns = type.isAnnotatedWith(Transactional.class)
                        || type.getMethods().stream().anyMatch(method -> method.isAnnotatedWith(Transactional.class))
                        || type.getFields().stream()
                                .anyMatch(field -> field.getRawType().isAssignableTo(TransactionTemplate.class));
                if (!owns) {
                    events.add(SimpleConditionEvent.violated(
                            type, type.getName() + " uses a repository but declares no transaction of its own"));
                }
            }
        };
    }

    private static final Pattern INTERNAL = Pattern.compile("dev\\.tessera\\.(\\w+)\\..*\\binternal\\b.*");
    private static final Pattern MODULE = Pattern.compile("dev\\.tessera\\.(\\w+).*");

    static ArchCondition<JavaClass> keepOutOfOtherModulesInternals() {
        return new ArchCondition<>("not depend on another module's internal package") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                Matcher own = MODULE.matcher(type.getPackageName());
                String module = own.matches() ? own.group(1) : "";
                for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                    Matcher target =
                            INTERNAL.matcher(dependency.getTargetClass().getPackageName());
                    if (target.matches() && !target.group(1).equals(module)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }
}
