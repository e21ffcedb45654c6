package dev.tessera.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LocalesTest {

    @Test
    void tagsAreCanonicalised() {
        assertThat(Locales.canonical("zh_hans")).isEqualTo("zh-Hans");
        assertThat(Locales.canonical("ZH-hant-tw")).isEqualTo("zh-Hant-TW");
        assertThat(Locales.canonical("ur_pk")).isEqualTo("ur-PK");
        assertThat(Locales.canonical(" FR ")).isEqualTo("fr");
        assertThat(Locales.canonical("fil")).isEqualTo("fil");
        assertThat(Locales.language("zh-Hans")).isEqualTo("zh");
    }

    @Test
    void illFormedAndUnknownTagsAreRefused() {
        for (String bad : new String[] {"", " ", "x", "en--US", "toolonglanguage", "qq", "zz-Latn", "12"}) {
            assertThatThrownBy(() -> Locales.canonical(bad))
                    .as(bad)
                    .isInstanceOfSatisfying(
                            ApiException.class, e -> assertThat(e.code()).isEqualTo("validation_failed"));
        }
        assertThatThrownBy(() -> Locales.canonical(null)).isInstanceOf(ApiException.class);
    }
}
