package uk.secondopinion.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import uk.secondopinion.engine.report.CheckReport;

/**
 * The whole rule engine, all seven categories, on one thread, over a fixed set of
 * realistic posts of three sizes (short up to 280 characters, medium about 1,000, long
 * about 9,000), taking each post in turn: the rules alone, and the rules followed by the
 * learned layer, so each layer's cost can be read off. Sample-time mode, so the report gives the
 * median and the 99th percentile per check. Two forks, because how the JIT compiler
 * happens to compile the engine varies from one JVM to the next by as much as a fifth. Run with
 * {@code ./mvnw -B -Pbenchmark test} (see docs/performance.md).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 2, jvmArgsAppend = "-Xmx512m")
@Threads(1)
public class CheckEngineBenchmark {

	private static final PostContext CONTEXT = new PostContext(Platform.TWITTER, Audience.PUBLIC, true);

	@Param({ "short", "medium", "long" })
	public String size;

	@Param({ "rules", "rules+learned" })
	public String layers;

	private CheckEngine engine;

	private String[] posts;

	private int next;

	@Setup
	public void loadEngineAndPosts() throws IOException {
		CheckEngine full = CheckEngine.fromClasspath();
		this.engine = this.layers.equals("rules") ? full.rulesOnly() : full;
		try (InputStream in = CheckEngineBenchmark.class.getResourceAsStream("/benchmark/" + this.size + ".txt")) {
			this.posts = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip().split("\n---\n");
		}
	}

	@Benchmark
	public CheckReport check() {
		String post = this.posts[this.next];
		this.next = (this.next + 1) % this.posts.length;
		return this.engine.check(post, CONTEXT);
	}

}
