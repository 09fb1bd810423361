package uk.secondopinion.system;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

class RateLimiterTest {

	private static final RateLimitProperties DEFAULTS = new RateLimitProperties(null, null, null, null, null);

	private static MockHttpServletRequest from(String address) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/checks");
		request.setRemoteAddr(address);
		return request;
	}

	@Test
	void theDefaultsServeATeachingRoomAndAnEvaluationRunInOneBurst() {
		RateLimiter limiter = new RateLimiter(DEFAULTS);
		// ../shared/eval/run-eval.sh posts a whole corpus (the external samples hold up
		// to 749 drafts) as fast as it can from one address; a teaching room needs 300.
		TooManyRequestsException refusal = null;
		int served = 0;
		while (refusal == null) {
			try {
				limiter.acquire(RateLimit.CHECKS, from("10.0.0.1"));
				served++;
			}
			catch (TooManyRequestsException ex) {
				refusal = ex;
			}
		}
		assertThat(served).isGreaterThanOrEqualTo(2000);
		assertThat(refusal.retryAfterSeconds()).isBetween(1L, 60L);
		assertThatNoException().isThrownBy(() -> limiter.acquire(RateLimit.CHECKS, from("10.0.0.2")));
		assertThatNoException().isThrownBy(() -> limiter.acquire(RateLimit.PREVIEWS, from("10.0.0.1")));
	}

	@Test
	void theRefusalSaysWhatTheLimitIsAndWhenToTryAgain() {
		RateLimiter limiter = new RateLimiter(new RateLimitProperties(true, 1, 1, 1, 1));
		limiter.acquire(RateLimit.CHECKS, from("10.0.0.1"));
		assertThatExceptionOfType(TooManyRequestsException.class)
			.isThrownBy(() -> limiter.acquire(RateLimit.CHECKS, from("10.0.0.1")))
			.satisfies((ex) -> assertThat(ex.advice()).startsWith("More than 1 checks a minute came from your network")
				.endsWith("Try again in " + ex.retryAfterSeconds() + " seconds."));
	}

	@Test
	void theDefaultsLetARoomMistypeTheQuizCodeAndTrainersTheirPasswordsButStopGuessing() {
		RateLimiter limiter = new RateLimiter(DEFAULTS);
		// everyone in a room of 60 behind one address mistypes the code once
		for (int i = 0; i < 60; i++) {
			limiter.acquire(RateLimit.WRONG_QUIZ_CODES, from("10.0.0.1"));
		}
		// the trainers at one hospital mistype their passwords ten times between them
		for (int i = 0; i < 10; i++) {
			limiter.acquire(RateLimit.FAILED_SIGN_INS, from("10.0.0.1"));
		}
		assertThatExceptionOfType(TooManyRequestsException.class)
			.isThrownBy(() -> limiter.acquire(RateLimit.WRONG_QUIZ_CODES, from("10.0.0.1")));
		assertThatExceptionOfType(TooManyRequestsException.class)
			.isThrownBy(() -> limiter.acquire(RateLimit.FAILED_SIGN_INS, from("10.0.0.1")))
			.satisfies((ex) -> assertThat(ex.retryAfterSeconds()).isBetween(1L, 6L));
		assertThatNoException().isThrownBy(() -> limiter.acquire(RateLimit.FAILED_SIGN_INS, from("10.0.0.2")));
	}

	@Test
	void attemptsGivenBackNeverUseUpTheAllowance() {
		RateLimiter limiter = new RateLimiter(new RateLimitProperties(true, 1, 1, 3, 1));
		// a hospital's trainers all signing in correctly
		for (int i = 0; i < 100; i++) {
			limiter.acquire(RateLimit.FAILED_SIGN_INS, from("10.0.0.1"));
			limiter.refund(RateLimit.FAILED_SIGN_INS, from("10.0.0.1"));
		}
		for (int i = 0; i < 3; i++) {
			limiter.acquire(RateLimit.FAILED_SIGN_INS, from("10.0.0.1"));
		}
		assertThatExceptionOfType(TooManyRequestsException.class)
			.isThrownBy(() -> limiter.acquire(RateLimit.FAILED_SIGN_INS, from("10.0.0.1")))
			.satisfies((ex) -> assertThat(ex.advice())
				.startsWith("More than 3 failed sign-ins a minute came from your network address."));
	}

	@Test
	void givingBackNeverRaisesTheAllowance() {
		RateLimiter limiter = new RateLimiter(new RateLimitProperties(true, 1, 1, 1, 2));
		limiter.acquire(RateLimit.WRONG_QUIZ_CODES, from("10.0.0.1"));
		for (int i = 0; i < 10; i++) {
			limiter.refund(RateLimit.WRONG_QUIZ_CODES, from("10.0.0.1"));
		}
		limiter.acquire(RateLimit.WRONG_QUIZ_CODES, from("10.0.0.1"));
		limiter.acquire(RateLimit.WRONG_QUIZ_CODES, from("10.0.0.1"));
		assertThatExceptionOfType(TooManyRequestsException.class)
			.isThrownBy(() -> limiter.acquire(RateLimit.WRONG_QUIZ_CODES, from("10.0.0.1")))
			.satisfies((ex) -> assertThat(ex.advice()).contains("2 wrong quiz codes a minute"));
	}

	@Test
	void limitsCanBeSwitchedOff() {
		RateLimiter limiter = new RateLimiter(new RateLimitProperties(false, 1, 1, 1, 1));
		for (int i = 0; i < 5; i++) {
			limiter.acquire(RateLimit.CHECKS, from("10.0.0.1"));
		}
	}

	@Test
	void anIpv6ClientIsCountedByItsSlash64() {
		assertThat(RateLimiter.client("2001:db8:1:2:aaaa:bbbb:cccc:dddd"))
			.isEqualTo(RateLimiter.client("2001:db8:1:2::1"))
			.isNotEqualTo(RateLimiter.client("2001:db8:1:3::1"));
		assertThat(RateLimiter.client("192.0.2.7")).isEqualTo("192.0.2.7");
		assertThat(RateLimiter.client("::ffff:192.0.2.7")).isEqualTo("192.0.2.7");
	}

}
