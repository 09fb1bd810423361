package uk.secondopinion.check;

/**
 * A check could not be stored, so nothing was kept. It carries no cause: the database's
 * own exception can quote the masked draft, and whatever logs this must not see it;
 * {@link CheckWriter} has logged what went wrong without it.
 */
public class CheckNotStoredException extends RuntimeException {

	CheckNotStoredException() {
		super("The check could not be stored", null, false, false);
	}

}
