package uk.secondopinion.engine;

/**
 * What found a risk: one of the rules, or the learned model where no rule raised that
 * category. Told apart by rule id, because model findings carry ids that no rule may use.
 */
public enum Origin {

	RULE, MODEL;

	/**
	 * Rule ids starting with this belong to the learned model; the rule loader refuses
	 * them.
	 */
	public static final String MODEL_RULE_ID_PREFIX = "LEARNED_";

	public static Origin of(String ruleId) {
		return ruleId.startsWith(MODEL_RULE_ID_PREFIX) ? MODEL : RULE;
	}

}
