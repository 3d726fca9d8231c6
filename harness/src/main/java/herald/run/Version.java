package herald.run;

/** Herald's version, as histories record it. */
public final class Version {

    public static final String VERSION = "0.1.0";

    private Version() {
    }
}
