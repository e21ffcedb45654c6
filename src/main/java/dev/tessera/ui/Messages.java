package dev.tessera.ui;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import com.vaadin.flow.i18n.I18NProvider;
import dev.tessera.shared.UiLanguage;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Format;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every text of the screens, from {@code i18n/messages*.properties} (UTF-8), one bundle per {@link UiLanguage}. Texts
 * are ICU message patterns: {@code {0}} for a value, {@code {0, plural, one {# segment} other {# segments}}} for a
 * count, {@code {0, date, medium}} for a date in the reader's conventions. Components ask with
 * {@code getTranslation(key, values...)}, other code with {@code I18NProvider.translate(key, values...)}; both come
 * here with the UI's locale.
 */
@Component
public class Messages implements I18NProvider {

    private static final Logger log = LoggerFactory.getLogger(Messages.class);
    static final String BUNDLE = "i18n/messages";

    private final Map<UiLanguage, Properties> bundles = new EnumMap<>(UiLanguage.class);

    public Messages() {
        for (UiLanguage language : UiLanguage.values()) {
            bundles.put(language, load(BUNDLE + language.bundleSuffix() + ".properties"));
        }
    }

    static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The message bundle " + resource + " is missing");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return Arrays.stream(UiLanguage.values()).map(UiLanguage::locale).toList();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        UiLanguage language = UiLanguage.of(locale);
        String pattern = bundles.get(language).getProperty(key);
        if (pattern == null) {
            pattern = bundles.get(UiLanguage.ENGLISH).getProperty(key);
        }
        if (pattern == null) {
            log.warn("No text for the key {}", key);
            return "!" + key + "!";
        }
        if (pattern.indexOf('{') < 0 && pattern.indexOf('\'') < 0) {
            return pattern; // most texts: nothing to format (a grid asks for its labels on every row)
        }
        MessageFormat format = new MessageFormat(pattern, ULocale.forLocale(language.locale()));
        BrowserTimeZone.current().ifPresent(zone -> {
            for (Format part : format.getFormats()) {
                if (part instanceof DateFormat date) {
                    date.setTimeZone(TimeZone.getTimeZone(zone));
                }
            }
        });
        return format.format(params);
    }
}
