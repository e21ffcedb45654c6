package dev.tessera.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import dev.tessera.shared.UiLanguage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The screens' texts are complete: every language's bundle has every key of the English one and no other, each text
 * is a valid ICU pattern with the English one's values; every key the code asks for exists and every key is asked
 * for; and no Vaadin class writes a user-visible text as a literal.
 */
class UiTextsTest {

    private static final Path SOURCES = Path.of("src/main/java");

    private static final Pattern ASKED = Pattern.compile("(?:getTranslation|translate)\\(\\s*\"([a-z0-9.-]+)\"");
    /** A refusal's text for the screens: {@code ApiException.validation("…").text("key", …)} is {@code problem.key}. */
    private static final Pattern REFUSAL = Pattern.compile("\\.text\\(\\s*\"([a-z0-9.-]+)\"");

    /**
     * Where a service makes a refusal: a factory of {@code ApiException}, its constructor, or the XLIFF readers'
     * {@code problem(…)} thrown (not where a factory returns it: its callers are checked).
     */
    private static final Pattern REFUSAL_MADE = Pattern.compile(
            "(?<!return )(?:ApiException\\.(?:validation|notFound|forbidden|duplicate|invalidState|unprocessable"
                    + "|tooLarge|unsupportedMediaType)|new ApiException|(?:throw |XliffReader\\.)problem)\\(");

    private static final Pattern LITERAL = Pattern.compile("\"([a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.?)\"");
    private static final Pattern MENU_ROUTE_AFTER = Pattern.compile("@Route\\(\"([^\"]*)\"\\)");
    private static final Pattern USER_VISIBLE = Pattern.compile(
            "(?:new (?:Button|Span|H[1-6]|Paragraph|Checkbox|TextField|TextArea|PasswordField|Tab|Anchor|RouterLink"
                    + "|Details|NativeLabel|Text|ComboBox|Select|DatePicker|IntegerField|NumberField|EmailField|Div"
                    + "|SideNavItem|ListItem|Pre|Emphasis|Strong)\\("
                    + "|\\.(?:setText|setLabel|setHeaderTitle|setHeader|setPlaceholder|setHelperText|setTitle"
                    + "|setConfirmText|setCancelText|setRejectText|setErrorMessage|setTooltipText|addItem"
                    + "|setSummaryText|setAriaLabel|setI18n|add)\\("
                    + "|Notification\\.show\\(|@PageTitle\\()\\s*\"([^\"]*\\p{L}[^\"]*)\"");

    static Map<UiLanguage, Properties> bundles = new TreeMap<>();
    static Map<String, String> files = new TreeMap<>();

    @BeforeAll
    static void read() throws IOException {
        for (UiLanguage language : UiLanguage.values()) {
            bundles.put(language, Messages.load(Messages.BUNDLE + language.bundleSuffix() + ".properties"));
        }
        try (Stream<Path> paths = Files.walk(SOURCES)) {
            for (Path path : paths.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(path);
                files.put(SOURCES.relativize(path).toString().replace('\\', '/'), text);
            }
        }
    }

    @Test
    void everyLanguageHasEveryKeyAsAValidPatternWithTheSameValues() {
        Properties english = bundles.get(UiLanguage.ENGLISH);
        for (UiLanguage language : UiLanguage.values()) {
            Properties bundle = bundles.get(language);
            assertThat(new TreeSet<>(bundle.stringPropertyNames()))
                    .as("the keys of the %s bundle", language.tag())
                    .isEqualTo(new TreeSet<>(english.stringPropertyNames()));
            for (String key : bundle.stringPropertyNames()) {
                String text = bundle.getProperty(key);
                assertThat(text).as("%s in %s", key, language.tag()).isNotBlank();
                MessageFormat pattern = new MessageFormat(text, ULocale.forLocale(language.locale()));
                MessageFormat original = new MessageFormat(english.getProperty(key), ULocale.ENGLISH);
                assertThat(pattern.getArgumentNames())
                        .as("the values of %s in %s", key, language.tag())
                        .isEqualTo(original.getArgumentNames());
            }
        }
    }

    @Test
    void everyKeyAskedForExistsAndEveryKeyIsAskedFor() {
        Set<String> keys = bundles.get(UiLanguage.ENGLISH).stringPropertyNames();
        Set<String> asked = new TreeSet<>();
        Set<String> mentioned = new TreeSet<>();
        files.values().forEach(text -> {
            ASKED.matcher(text).results().forEach(m -> asked.add(m.group(1)));
            REFUSAL.matcher(text).results().forEach(m -> {
                asked.add("problem." + m.group(1));
                mentioned.add("problem." + m.group(1));
            });
            LITERAL.matcher(text).results().forEach(m -> mentioned.add(m.group(1)));
            Matcher menu = MENU_ROUTE_AFTER.matcher(text);
            if (text.contains("@Menu(") && menu.find()) {
                mentioned.add(MainLayout.menuKey(menu.group(1)));
            }
        });
        Set<String> prefixes = new TreeSet<>(asked);
        prefixes.removeIf(key -> !key.endsWith("."));
        asked.removeAll(prefixes);
        assertThat(asked).as("keys asked for but missing from the bundles").isSubsetOf(keys);
        for (String prefix : prefixes) {
            assertThat(keys).as("keys under %s", prefix).anyMatch(key -> key.startsWith(prefix));
        }
        Set<String> unused = new TreeSet<>(keys);
        unused.removeIf(key -> mentioned.contains(key)
                || mentioned.stream().anyMatch(prefix -> prefix.endsWith(".") && key.startsWith(prefix)));
        assertThat(unused).as("keys no code asks for").isEmpty();
    }

    /**
     * The screens call services, so every refusal a service makes has its text for them. The REST controllers'
     * own refusals (a malformed body or query) answer only programs and stay English.
     */
    @Test
    void everyRefusalOutsideTheRestControllersHasItsText() {
        List<String> unkeyed = new ArrayList<>();
        files.forEach((file, text) -> {
            if (file.endsWith("Api.java") || file.endsWith("/ApiException.java")) {
                return;
            }
            Matcher made = REFUSAL_MADE.matcher(text);
            while (made.find()) {
                if (!chainedCalls(text, made.end()).contains("text")) {
                    int line = (int) text.substring(0, made.start()).lines().count();
                    unkeyed.add(file + ":" + line);
                }
            }
        });
        assertThat(unkeyed).as("refusals without .text(key, …)").isEmpty();
    }

    @Test
    void theRefusalCheckSeesAChainedText() {
        String code = "throw ApiException.validation(\"a (b)\" + f(x))\n   .text(\"k\", 1);";
        Matcher made = REFUSAL_MADE.matcher(code);
        assertThat(made.find()).isTrue();
        assertThat(chainedCalls(code, made.end())).containsExactly("text");
        Matcher bare = REFUSAL_MADE.matcher("throw problem(xml, \"no\");");
        assertThat(bare.find()).isTrue();
        assertThat(chainedCalls("throw problem(xml, \"no\");", bare.end())).isEmpty();
    }

    /** The names of the calls chained after the call whose argument list opens just before {@code from}. */
    private static List<String> chainedCalls(String code, int from) {
        List<String> names = new ArrayList<>();
        int at = closing(code, from);
        Matcher call = Pattern.compile("\\s*\\.(\\w+)\\(").matcher(code);
        while (call.region(at, code.length()).lookingAt()) {
            names.add(call.group(1));
            at = closing(code, call.end());
        }
        return names;
    }

    /** The index after the parenthesis that closes the one open at {@code from} (strings are skipped). */
    private static int closing(String code, int from) {
        int depth = 1;
        int at = from;
        while (at < code.length() && depth > 0) {
            char c = code.charAt(at++);
            if (c == '"') {
                while (at < code.length() && code.charAt(at) != '"') {
                    at += code.charAt(at) == '\\' ? 2 : 1;
                }
                at++;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
        }
        return at;
    }

    @Test
    void noVaadinClassWritesAUserVisibleTextAsALiteral() {
        Map<String, List<String>> literals = new TreeMap<>();
        files.forEach((file, text) -> {
            if (!text.contains("import com.vaadin.flow.component")) {
                return;
            }
            USER_VISIBLE
                    .matcher(text)
                    .results()
                    .map(m -> m.group(1))
                    .filter(literal -> !literal.equals("Tessera"))
                    .forEach(literal -> literals.computeIfAbsent(file, f -> new ArrayList<>())
                            .add(literal));
        });
        assertThat(literals)
                .as("user-visible literals (put them in the bundles)")
                .isEmpty();
    }

    @Test
    void theLiteralCheckFindsWhatAPersonWouldRead() {
        assertThat(List.of(
                        "add(new Button(\"Save\"))",
                        "grid.addColumn(Row::name).setHeader(\"Name\")",
                        "Notification.show(\"Saved \" + n)",
                        "field.setPlaceholder(\"Search the memory\")",
                        "@PageTitle(\"Users · Tessera\")"))
                .allMatch(code -> USER_VISIBLE.matcher(code).find());
        assertThat(List.of(
                        "button.setId(\"save\")",
                        "new Button(getTranslation(\"common.save\"))",
                        "grid.addColumn(Row::position).setHeader(\"#\")",
                        "new H1(\"Tessera\")"))
                .noneMatch(code -> USER_VISIBLE
                        .matcher(code)
                        .results()
                        .anyMatch(m -> !m.group(1).equals("Tessera")));
    }
}
