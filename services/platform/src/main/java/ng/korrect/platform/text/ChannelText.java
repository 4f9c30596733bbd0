package ng.korrect.platform.text;

/**
 * Text made safe for the channel that carries it. Names and free text reach other people's notifications
 * from events (a peer may send what Korrect's own edges refuse), so each channel gets its own form: every
 * channel gets {@link #plain} text, without control characters (a line break is kept in a body, never in a
 * title) or bidirectional overrides, which could make a notice read differently from what it is; an HTML
 * email also gets {@link #html}, where markup in a name is shown as text, never interpreted. Pure.
 */
public final class ChannelText {

    private ChannelText() {
    }

    /** The text without control characters (line breaks kept when {@code multiline}) and bidirectional controls. */
    public static String plain(String text, boolean multiline) {
        StringBuilder safe = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            if (codePoint == '\n' && multiline) {
                safe.append('\n');
            } else if (codePoint == '\r' || codePoint == '\n' || codePoint == '\t') {
                safe.append(' ');
            } else if (!Character.isISOControl(codePoint) && !isBidiControl(codePoint)) {
                safe.appendCodePoint(codePoint);
            }
        });
        return safe.toString();
    }

    /**
     * The title and body as an HTML fragment, {@code <h1>title</h1><p>body</p>}: their {@link #plain} forms with
     * {@code & < > " '} escaped, the body's lines as {@code <br>}.
     */
    public static String html(String title, String body) {
        return "<h1>" + escaped(plain(title, false)) + "</h1><p>" + escaped(plain(body, true)) + "</p>";
    }

    private static String escaped(String plain) {
        StringBuilder escaped = new StringBuilder(plain.length() + 16);
        plain.codePoints().forEach(codePoint -> escaped.append(switch (codePoint) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            case '\n' -> "<br>";
            default -> Character.toString(codePoint);
        }));
        return escaped.toString();
    }

    private static boolean isBidiControl(int codePoint) {
        return (codePoint >= 0x202A && codePoint <= 0x202E) || (codePoint >= 0x2066 && codePoint <= 0x2069)
                || codePoint == 0x200E || codePoint == 0x200F || codePoint == 0x061C;
    }
}
