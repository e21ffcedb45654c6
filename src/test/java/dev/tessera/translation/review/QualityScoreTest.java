package dev.tessera.translation.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class QualityScoreTest {

    private static QualityScore.Counted issue(IssueCategory category, IssueSeverity severity) {
        return new QualityScore.Counted(category, severity);
    }

    @Test
    void pointsPerThousandWordsWithMqmWeights() {
        QualityScore.Report report = QualityScore.of(
                2_000,
                List.of(
                        issue(IssueCategory.MISTRANSLATION, IssueSeverity.MAJOR),
                        issue(IssueCategory.MISTRANSLATION, IssueSeverity.MINOR),
                        issue(IssueCategory.SPELLING, IssueSeverity.MINOR),
                        issue(IssueCategory.TERMINOLOGY, IssueSeverity.CRITICAL)),
                BigDecimal.TEN);
        assertThat(report.points()).isEqualTo(5 + 1 + 1 + 25);
        assertThat(report.issues()).isEqualTo(4);
        assertThat(report.score()).isEqualByComparingTo("16.00");
        assertThat(report.passed()).isFalse();
        assertThat(report.byCategory().get(IssueCategory.MISTRANSLATION)).isEqualTo(new QualityScore.Tally(2, 6));
        assertThat(report.byCategory()).doesNotContainKey(IssueCategory.OMISSION);
        assertThat(report.bySeverity().get(IssueSeverity.MINOR)).isEqualTo(new QualityScore.Tally(2, 2));
        assertThat(report.bySeverity().get(IssueSeverity.CRITICAL)).isEqualTo(new QualityScore.Tally(1, 25));
    }

    @Test
    void theThresholdItselfPassesAndRoundingIsHalfUp() {
        assertThat(QualityScore.of(500, List.of(issue(IssueCategory.STYLE, IssueSeverity.MAJOR)), BigDecimal.TEN)
                        .passed())
                .isTrue();
        assertThat(QualityScore.perThousand(1, 3)).isEqualByComparingTo("333.33");
        assertThat(QualityScore.perThousand(2, 3)).isEqualByComparingTo("666.67");
        assertThat(QualityScore.perThousand(0, 0)).isEqualByComparingTo("0");
        assertThat(QualityScore.perThousand(1, 0))
                .as("no words never hides points")
                .isEqualByComparingTo("1000");
    }

    @Test
    void noIssuesPassAnyThreshold() {
        QualityScore.Report report = QualityScore.of(120, List.of(), BigDecimal.ZERO);
        assertThat(report.score()).isEqualByComparingTo("0");
        assertThat(report.passed()).isTrue();
        assertThat(report.byCategory()).isEmpty();
    }

    @Test
    void everyCategoryHasAnItsTypeAndTheWeightsAreMqms() {
        assertThat(IssueCategory.values())
                .allSatisfy(category -> assertThat(category.itsType()).isNotBlank());
        assertThat(IssueCategory.SPELLING.stateQualifier()).isEqualTo("rejected-spelling");
        assertThat(IssueCategory.OMISSION.dimension()).isEqualTo("accuracy");
        assertThat(List.of(IssueSeverity.values()))
                .extracting(IssueSeverity::points)
                .containsExactly(1, 5, 25);
    }
}
