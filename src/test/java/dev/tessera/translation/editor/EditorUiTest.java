package dev.tessera.translation.editor;

import com.vaadin.browserless.BrowserlessTest;
import java.util.Set;

/** Base of the editor's tests without a browser: the screens' texts as in the browser, no routes. */
abstract class EditorUiTest extends BrowserlessTest {

    static {
        // Without Spring, Vaadin makes its provider from this setting.
        System.setProperty("vaadin.i18n.provider", dev.tessera.ui.Messages.class.getName());
    }

    /** These components need no routes (the views want Spring beans). */
    @Override
    protected Set<String> scanPackages() {
        return Set.of("dev.tessera.translation.components");
    }
}
