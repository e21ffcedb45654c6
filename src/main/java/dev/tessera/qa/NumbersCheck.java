package dev.tessera.qa;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code qa.numbers}: every number of the source appears in the target, and the target adds none.
 *
 * <p>Numbers are compared by value, written in each side's own conventions: any Unicode decimal digits
 * (Arabic-Indic, Extended Arabic-Indic, full-width, …), thousand separators ({@code ,} {@code .} U+202F
 * U+00A0 U+066C {@code '}) and decimal separators ({@code .} {@code ,} U+066B). A lone {@code ,} or
 * {@code .} followed by exactly three digits is a thousands separator unless it is the decimal separator
 * of that side's locale ({@code 1,500} is 1500 in English and 1.5 in French). Sequences that are not
 * numbers in either convention (versions such as {@code 1.2.10}) are compared as written.
 */
public final class NumbersCheck implements QaCheck {

    public static final String NAME = "qa.numbers";

    private static final Map<String, Boolean> DECIMAL_COMMA = new ConcurrentHashMap<>();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public List<QaMessage> messages(
            String source, String target, String sourceLocale, String targetLocale, CheckContext context) {
        if (Texts.isBlank(target)) {
            return List.of();
        }
        Map<String, Occurrences> inSource = numbers(source, decimalComma(sourceLocale));
        Map<String, Occurrences> inTarget = numbers(target, decimalComma(targetLocale));
        List<QaMessage> messages = new ArrayList<>();
        List<String> misread = new ArrayList<>();
        for (Map.Entry<String, Occurrences> e : inSource.entrySet()) {
            Occurrences t = inTarget.get(e.getKey());
            int inT = t == null ? 0 : t.count;
            int missing = e.getValue().count - inT;
            if (missing <= 0) {
                continue;
            }
            String written = e.getValue().written;
            String readAs = inTarget.entrySet().stream()
                    .filter(x -> x.getValue().written.equals(written) && !inSource.containsKey(x.getKey()))
                    .map(Map.Entry::getKey)
                    .findFirst()
                    .orElse(null);
            if (readAs != null) {
                misread.add(readAs);
                messages.add(QaMessage.of(
                        "numbers.misread",
                        "The number " + written + " reads as " + display(readAs) + " in the target language; "
                                + "write " + display(e.getKey()) + " with the target's separators.",
                        written,
                        display(readAs),
                        display(e.getKey())));
            } else if (missing == 1 && e.getValue().count == 1) {
                messages.add(QaMessage.of(
                        "numbers.missing", "The number " + written + " is missing in the target.", written));
            } else {
                messages.add(QaMessage.of(
                        "numbers.fewer",
                        "The number " + written + " appears " + e.getValue().count + " times in the source but " + inT
                                + " in the target.",
                        written,
                        e.getValue().count,
                        inT));
            }
        }
        for (Map.Entry<String, Occurrences> e : inTarget.entrySet()) {
            Occurrences s = inSource.get(e.getKey());
            if (s == null && !misread.contains(e.getKey())) {
                messages.add(QaMessage.of(
                        "numbers.extra",
                        "The number " + e.getValue().written + " in the target is not in the source; "
                                + "correct or remove it.",
                        e.getValue().written));
            } else if (s != null && e.getValue().count > s.count) {
                messages.add(QaMessage.of(
                        "numbers.more",
                        "The number " + e.getValue().written + " appears " + e.getValue().count
                                + " times in the target but " + s.count + " in the source.",
                        e.getValue().written,
                        e.getValue().count,
                        s.count));
            }
        }
        return messages;
    }

    /** The numbers of a text by normalised value, each with its count and its first written form. */
    static Map<String, Occurrences> numbers(String text, boolean decimalComma) {
        Map<String, Occurrences> found = new LinkedHashMap<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (digit(text.charAt(i)) < 0) {
                i++;
                continue;
            }
            // a run of digit groups joined by single separators, each separator followed by a digit
            List<String> groups = new ArrayList<>();
            List<Character> seps = new ArrayList<>();
            int start = i;
            StringBuilder group = new StringBuilder();
            int end = i;
            while (true) {
                while (i < n && digit(text.charAt(i)) >= 0) {
                    group.append((char) ('0' + digit(text.charAt(i))));
                    i++;
                }
                groups.add(group.toString());
                group.setLength(0);
                end = i;
                if (i + 1 < n && separator(text.charAt(i)) != 0 && digit(text.charAt(i + 1)) >= 0) {
                    char sep = separator(text.charAt(i));
                    if ((sep == ' ' || sep == '\'') && threeDigitsAt(text, i + 1) < 0) {
                        break; // spaces and apostrophes only group thousands
                    }
                    seps.add(sep);
                    i++;
                } else {
                    break;
                }
            }
            i = end;
            String key = normalise(groups, seps, decimalComma);
            String writtenForm = text.substring(start, end);
            Occurrences o = found.computeIfAbsent(key, k -> new Occurrences(writtenForm));
            o.count++;
        }
        return found;
    }

    /** The value of a number from its digit groups and the separators between them. */
    private static String normalise(List<String> groups, List<Character> seps, boolean decimalComma) {
        if (seps.isEmpty()) {
            return value(groups.get(0), "");
        }
        int decimalAt = -1; // index into seps
        int last = seps.size() - 1;
        char lastSep = seps.get(last);
        if (lastSep == '٫') {
            decimalAt = last;
        } else if (lastSep == ',' || lastSep == '.') {
            int sameKind = 0;
            boolean otherKind = false;
            for (char c : seps) {
                if (c == lastSep) {
                    sameKind++;
                } else if (c == ',' || c == '.') {
                    otherKind = true;
                }
            }
            boolean localeDecimal = lastSep == (decimalComma ? ',' : '.');
            boolean threeAfter = groups.get(last + 1).length() == 3;
            if (sameKind == 1 && (otherKind || localeDecimal || !threeAfter)) {
                decimalAt = last;
            }
        }
        int integerGroups = decimalAt < 0 ? groups.size() : decimalAt + 1;
        if (!validGrouping(groups, seps, integerGroups)) {
            return written(groups, seps);
        }
        StringBuilder integer = new StringBuilder();
        for (int g = 0; g < integerGroups; g++) {
            integer.append(groups.get(g));
        }
        return value(integer.toString(), decimalAt < 0 ? "" : groups.get(decimalAt + 1));
    }

    /** Thousands groups: the first of one to three digits (or any length when alone), the others of three (two allowed in Indian grouping). */
    private static boolean validGrouping(List<String> groups, List<Character> seps, int integerGroups) {
        if (integerGroups == 1) {
            return true;
        }
        if (groups.get(0).length() > 3) {
            return false;
        }
        char kind = seps.get(0);
        for (int g = 1; g < integerGroups; g++) {
            if (seps.get(g - 1) != kind) {
                return false;
            }
            int len = groups.get(g).length();
            boolean lastGroup = g == integerGroups - 1;
            if (len != 3 && !(len == 2 && !lastGroup && kind == ',')) {
                return false;
            }
        }
        return true;
    }

    private static String display(String key) {
        return key.startsWith("~") ? key.substring(1) : key;
    }

    private static String value(String integer, String fraction) {
        BigDecimal v = new BigDecimal(fraction.isEmpty() ? integer : integer + "." + fraction);
        return v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
    }

    private static String written(List<String> groups, List<Character> seps) {
        StringBuilder s = new StringBuilder(groups.get(0));
        for (int g = 1; g < groups.size(); g++) {
            s.append(seps.get(g - 1) == ' ' ? ' ' : '.').append(groups.get(g));
        }
        return "~" + s;
    }

    /** The start of exactly three digits at the position (no fourth after them), or -1. */
    private static int threeDigitsAt(String text, int at) {
        int k = at;
        while (k < text.length() && digit(text.charAt(k)) >= 0) {
            k++;
        }
        return k - at == 3 ? at : -1;
    }

    /** The decimal value of any Unicode decimal digit, or -1. */
    private static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        return Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER ? Character.digit(c, 10) : -1;
    }

    /**
     * The separator class of a character inside a number: {@code ,} or {@code .} (ambiguous),
     * {@code ٫} (decimal), {@code '} (thousands), {@code ' '} (space-like thousands), or 0.
     */
    private static char separator(char c) {
        return switch (c) {
            case ',' -> ',';
            case '.', '．' -> '.';
            case '\u066B' -> '٫';
            case '\u066C', '\'', '’' -> '\'';
            case '\u00A0', '\u202F', '\u2009' -> ' ';
            default -> 0;
        };
    }

    /** True when the locale writes decimals with a comma (fr, de, …). */
    static boolean decimalComma(String locale) {
        if (locale == null || locale.isBlank()) {
            return false;
        }
        return DECIMAL_COMMA.computeIfAbsent(locale, tag -> {
            char d =
                    DecimalFormatSymbols.getInstance(Locale.forLanguageTag(tag)).getDecimalSeparator();
            return d == ',';
        });
    }

    static final class Occurrences {
        final String written;
        int count;

        Occurrences(String written) {
            this.written = written;
        }
    }
}
