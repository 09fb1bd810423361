package uk.secondopinion.check.api;

import java.util.List;

/** A request the API cannot check, with what is wrong with each field. */
class InvalidCheckRequestException extends RuntimeException {

	private final List<FieldProblem> problems;

	InvalidCheckRequestException(List<FieldProblem> problems) {
		super("Invalid check request");
		this.problems = List.copyOf(problems);
	}

	List<FieldProblem> problems() {
		return this.problems;
	}

	/** One field and what to fix in it. */
	record FieldProblem(String field, String message) {

	}

}
