package uk.secondopinion.check;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A hundred people at once, posting, reading and deleting through the API on the embedded
 * database: no acknowledged check is lost and nobody sees anyone else's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "second-opinion.rate-limit.enabled=false")
class ConcurrentClientsTests {

	@LocalServerPort
	private int port;

	@Test
	void aHundredClientsAtOnceLoseNoAcknowledgedCheckAndSeeOnlyTheirOwn() throws Exception {
		new ConcurrentClients(List.of("http://127.0.0.1:" + this.port)).run(100, 4);
	}

}
