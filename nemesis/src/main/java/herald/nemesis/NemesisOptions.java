package herald.nemesis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The nemesis as the command line gives it: {@code partition,loss=0.2,crash=1}. Each comma
 * separated item names a nemesis, with an optional {@code =value}; a bare name takes its
 * defaults. {@code none} (or an empty text) means no faults.
 */
public record NemesisOptions(Map<String, String> options) {

    public static final NemesisOptions NONE = new NemesisOptions(Map.of());

    public NemesisOptions {
        options = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(options));
    }

    /**
     * Parses and validates {@code text}.
     *
     * @throws IllegalArgumentException naming the item that is wrong and why
     */
    public static NemesisOptions parse(String text) {
        Map<String, String> options = new LinkedHashMap<>();
        if (text == null || text.isBlank() || text.strip().equals("none")) {
            return NONE;
        }
        for (String item : text.split(",")) {
            String trimmed = item.strip();
            if (trimmed.isEmpty()) {
                throw new IllegalArgumentException("empty item in --nemesis \"" + text + "\"");
            }
            int eq = trimmed.indexOf('=');
            String name = eq < 0 ? trimmed : trimmed.substring(0, eq).strip();
            String value = eq < 0 ? null : trimmed.substring(eq + 1).strip();
            Nemesis nemesis = Nemeses.named(name);
            nemesis.validate(value);
            if (options.containsKey(nemesis.name())) {
                throw new IllegalArgumentException("nemesis " + nemesis.name() + " given twice in \"" + text + "\"");
            }
            options.put(nemesis.name(), value);
        }
        return new NemesisOptions(options);
    }

    public boolean has(String name) {
        return options.containsKey(name);
    }

    /** The value given for {@code name}, empty when absent or bare. */
    public Optional<String> value(String name) {
        return Optional.ofNullable(options.get(name));
    }

    public boolean isEmpty() {
        return options.isEmpty();
    }

    /** The names in the order given. */
    public List<String> names() {
        return new ArrayList<>(options.keySet());
    }

    /** Back to the command-line form, {@code partition,loss=0.2}. */
    @Override
    public String toString() {
        if (options.isEmpty()) {
            return "none";
        }
        List<String> items = new ArrayList<>();
        options.forEach((name, value) -> items.add(value == null ? name : name + "=" + value));
        return String.join(",", items);
    }
}
