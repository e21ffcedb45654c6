package dev.tessera.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import dev.tessera.support.VaadinMessages;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VaadinMessages.class)
class AffectedDialogTest {

    static AffectedSegment segment(long document, int position, boolean failing) {
        return new AffectedSegment(
                "p",
                document,
                "doc" + document + ".txt",
                100 + position,
                position,
                "zh-Hans",
                failing,
                failing ? List.of("CPEC needs 中巴经济走廊") : List.of());
    }

    @Test
    void theHeadlineCountsFailingSegmentsAndTheirDocuments() {
        assertThat(AffectedDialog.headline(List.of(segment(1, 1, true), segment(1, 2, true), segment(2, 3, true))))
                .isEqualTo("3 segments in 2 documents now fail the glossary");
        assertThat(AffectedDialog.headline(List.of(segment(1, 1, true))))
                .isEqualTo("1 segment in 1 document now fails" + " the glossary");
        assertThat(AffectedDialog.headline(List.of())).startsWith("No segment fails");
    }

    @Test
    void eachRowLinksIntoTheEditor() {
        AffectedDialog dialog = new AffectedDialog(List.of(segment(1, 4, true), segment(2, 5, false)));
        List<Anchor> rows = dialog.getChildren()
                .flatMap(c -> c.getChildren())
                .filter(Anchor.class::isInstance)
                .map(Anchor.class::cast)
                .toList();
        assertThat(rows)
                .extracting(Anchor::getHref)
                .containsExactly("documents/1/zh-Hans?segment=104", "documents/2/zh-Hans?segment=105");
        assertThat(rows.getFirst().getText()).isEqualTo("doc1.txt · segment 4 · zh-Hans · CPEC needs 中巴经济走廊");
        assertThat(rows.getLast().getText()).contains("passes now");
    }
}
