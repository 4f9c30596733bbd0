package ng.korrect.bus.acl;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One user of the ACL file: its name and its rules, in the order Redis applies them. A selector, a
 * parenthesised group of keys and commands that hold only together, is one rule, e.g.
 * {@code (~korrect:events:user.created +xadd)}; that is also the form {@code ACL SETUSER} takes it in.
 *
 * @param name the user name, as in {@code redis://NAME:PASSWORD@host:port}
 * @param rules the rules, starting with {@code reset} so that loading them twice gives the same user
 */
public record AclUser(String name, List<String> rules) {

    /** Copies the rules; rejects a name with spaces. */
    public AclUser {
        Objects.requireNonNull(name, "name");
        if (!name.matches("[A-Za-z0-9_.-]+")) {
            throw new IllegalArgumentException("an ACL user name is letters, digits, '_', '.' or '-', was \"" + name + "\"");
        }
        rules = List.copyOf(rules);
    }

    /** The line of the ACL file: {@code user NAME RULE...}. */
    public String fileLine() {
        return "user " + name + " " + String.join(" ", rules);
    }

    /** The arguments of {@code ACL SETUSER} after the command: the name, then the rules. */
    public List<String> setUserArguments() {
        List<String> arguments = new ArrayList<>(rules.size() + 1);
        arguments.add(name);
        arguments.addAll(rules);
        return arguments;
    }

    /** The selectors among the rules (the parenthesised ones), without their parentheses. */
    public List<String> selectors() {
        return rules.stream().filter(rule -> rule.startsWith("(")).map(rule -> rule.substring(1, rule.length() - 1)).toList();
    }
}
