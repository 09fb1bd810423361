package uk.secondopinion.system;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Arrays;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

/**
 * Counts a client's requests of each {@link RateLimit} in a token bucket, and refuses one
 * with {@link TooManyRequestsException} when its bucket is empty. Controllers call it
 * before checking a draft or looking up a quiz code, and {@link SignInLimit} before
 * checking a password.
 * <p>
 * Limits on failures (wrong passwords, wrong quiz codes) count every attempt before it is
 * tried and {@link #refund give back} those that succeed. Counting first means a client
 * that has used up its allowance is refused before its guess is tried, so a right guess
 * then looks no different from a wrong one, and many guesses sent at once cannot get more
 * than the allowance tried.
 * <p>
 * A client is its network address as the servlet container reports it: behind trusted
 * proxies, the address they forwarded (see {@code docs/security.md}). IPv6 clients are
 * counted by their /64 network, because one device can use any address in it. Buckets
 * live in this instance's memory: with several instances behind a load balancer each
 * enforces its own allowance, which protects each instance's processors without a
 * database round trip per check.
 */
@Component
public class RateLimiter {

	/**
	 * A bucket left alone for a minute has refilled completely, so forgetting it then
	 * changes nothing.
	 */
	private static final Duration REFILL_PERIOD = Duration.ofMinutes(1);

	private final RateLimitProperties properties;

	private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
		.expireAfterAccess(REFILL_PERIOD)
		.maximumSize(100_000)
		.build();

	RateLimiter(RateLimitProperties properties) {
		this.properties = properties;
	}

	/**
	 * Counts one request of this kind from the request's client.
	 * @throws TooManyRequestsException if the client has used up its allowance
	 */
	public void acquire(RateLimit limit, HttpServletRequest request) {
		if (!this.properties.enabled()) {
			return;
		}
		int perMinute = this.properties.perMinute(limit);
		Bucket bucket = this.buckets.get(key(limit, request),
				(key) -> Bucket.builder()
					.addLimit((bandwidth) -> bandwidth.capacity(perMinute).refillGreedy(perMinute, REFILL_PERIOD))
					.build());
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
		if (!probe.isConsumed()) {
			throw new TooManyRequestsException(limit, perMinute, Duration.ofNanos(probe.getNanosToWaitForRefill()));
		}
	}

	/**
	 * Gives back a request {@link #acquire counted} under a limit on failures that
	 * succeeded, such as a sign-in with the right password. A bucket is never filled
	 * beyond its allowance.
	 */
	public void refund(RateLimit limit, HttpServletRequest request) {
		if (!this.properties.enabled()) {
			return;
		}
		Bucket bucket = this.buckets.getIfPresent(key(limit, request));
		if (bucket != null) {
			bucket.addTokens(1);
		}
	}

	private static String key(RateLimit limit, HttpServletRequest request) {
		return limit + " " + client(request.getRemoteAddr());
	}

	/** The key a client's requests are counted under: its IPv4 address or IPv6 /64. */
	static String client(String address) {
		if (address == null || address.indexOf(':') < 0) {
			return String.valueOf(address);
		}
		try {
			// an address literal: no name is looked up
			byte[] bytes = InetAddress.getByName(address).getAddress();
			if (bytes.length != 16) {
				return InetAddress.getByAddress(bytes).getHostAddress();
			}
			Arrays.fill(bytes, 8, 16, (byte) 0);
			return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
		}
		catch (UnknownHostException ex) {
			return address;
		}
	}

}
