package dev.tessera.translation.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * MQM scoring: the penalty points of the issues (1, 5 and 25 by severity) per 1,000 source words, against a threshold
 * of points per 1,000 words that a translation may not exceed.
 */
public final class QualityScore {

    private QualityScore() {}

    /** One issue as the score counts it. */
    public record Counted(IssueCategory category, IssueSeverity severity) {}

    /** How many issues, and their points. */
    public record Tally(int issues, int points) {

        Tally plus(IssueSeverity severity) {
            return new Tally(issues + 1, points + severity.points());
        }
    }

    /**
     * @param score points per 1,000 words, to two decimals
     * @param passed whether the score is at most the threshold
     */
    public record Report(
            long words,
            int issues,
            int points,
            BigDecimal score,
            BigDecimal threshold,
            boolean passed,
            Map<IssueCategory, Tally> byCategory,
            Map<IssueSeverity, Tally> bySeverity) {}

    public static Report of(long words, Collection<Counted> issues, BigDecimal threshold) {
        Map<IssueCategory, Tally> byCategory = new EnumMap<>(IssueCategory.class);
        Map<IssueSeverity, Tally> bySeverity = new EnumMap<>(IssueSeverity.class);
        int points = 0;
        for (Counted issue : issues) {
            byCategory.merge(issue.category(), new Tally(0, 0).plus(issue.severity()), QualityScore::sum);
            bySeverity.merge(issue.severity(), new Tally(0, 0).plus(issue.severity()), QualityScore::sum);
            points += issue.severity().points();
        }
        BigDecimal score = perThousand(points, words);
        return new Report(
                words,
                issues.size(),
                points,
                score,
                threshold,
                score.compareTo(threshold) <= 0,
                byCategory,
                bySeverity);
    }

    /**
     * Points per 1,000 words, rounded half up to two decimals. Points on a text without words (a document of
     * numbers only) count as if it had one word, so they never pass unnoticed.
     */
    static BigDecimal perThousand(int points, long words) {
        return BigDecimal.valueOf(points * 1000L)
                .divide(BigDecimal.valueOf(Math.max(words, 1)), 2, RoundingMode.HALF_UP);
    }

    private static Tally sum(Tally a, Tally b) {
        return new Tally(a.issues() + b.issues(), a.points() + b.points());
    }
}
