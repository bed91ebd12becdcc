package nnbasics.compare;

/** Which engine trains: the hand-written one, DL4J, or both in lock-step. */
public enum EngineChoice {
    HAND, DL4J, BOTH;

    public boolean runsHand() {
        return this != DL4J;
    }

    public boolean runsDl4j() {
        return this != HAND;
    }

    /** The lower-case name used on the command line and in JSON. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
