package nianbao.engine;

import java.util.List;

/** The rules folder cannot be used; every problem is listed. */
public class RulesException extends Exception {
    private final List<RuleError> errors;

    public RulesException(List<RuleError> errors) {
        super(errors.size() + " 处规则错误");
        this.errors = List.copyOf(errors);
    }

    public List<RuleError> errors() {
        return errors;
    }
}
