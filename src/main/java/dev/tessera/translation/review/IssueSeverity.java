package dev.tessera.translation.review;

/** MQM severities and their penalty points. */
public enum IssueSeverity {
    MINOR(1),
    MAJOR(5),
    CRITICAL(25);

    private final int points;

    IssueSeverity(int points) {
        this.points = points;
    }

    public int points() {
        return points;
    }
}
