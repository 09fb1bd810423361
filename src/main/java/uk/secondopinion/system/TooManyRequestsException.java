package uk.secondopinion.system;

import java.net.URI;
import java.time.Duration;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A client has used up its allowance for a {@link RateLimit} and must wait. Answered as
 * 429 with a Retry-After header: problem details for the API, an error page otherwise.
 */
public class TooManyRequestsException extends ErrorResponseException {

	static final URI TYPE = URI.create("/problems/too-many-requests");

	private final long retryAfterSeconds;

	TooManyRequestsException(RateLimit limit, int perMinute, Duration retryAfter) {
		super(HttpStatus.TOO_MANY_REQUESTS);
		this.retryAfterSeconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
		ProblemDetail problem = getBody();
		problem.setType(TYPE);
		problem.setTitle("Too many " + limit.noun());
		problem.setDetail(String.format("More than %,d %s a minute came from your network address. Try again in %d %s.",
				perMinute, limit.noun(), this.retryAfterSeconds, (this.retryAfterSeconds == 1) ? "second" : "seconds"));
		problem.setProperty("retryAfterSeconds", this.retryAfterSeconds);
		getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(this.retryAfterSeconds));
	}

	/** Whole seconds until the client may try again, as in the Retry-After header. */
	public long retryAfterSeconds() {
		return this.retryAfterSeconds;
	}

	/**
	 * Marks a response as this refusal, 429 with Retry-After, for a page that shows the
	 * refused form again, keeping what the person typed, rather than an error page.
	 */
	public void markRefused(HttpServletResponse response) {
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(this.retryAfterSeconds));
	}

	/** What happened and when to try again, for the person who was refused. */
	public String advice() {
		return getBody().getDetail();
	}

}
