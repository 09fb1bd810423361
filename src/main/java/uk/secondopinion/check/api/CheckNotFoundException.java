package uk.secondopinion.check.api;

/** No live check has the requested id: it never existed, was deleted or has expired. */
class CheckNotFoundException extends RuntimeException {

	CheckNotFoundException() {
		super("No such check");
	}

}
