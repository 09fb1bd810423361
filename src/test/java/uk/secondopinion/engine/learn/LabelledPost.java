package uk.secondopinion.engine.learn;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import uk.secondopinion.engine.Audience;
import uk.secondopinion.engine.Platform;
import uk.secondopinion.engine.PostContext;

/**
 * One line of a labelled corpus in JSON Lines: a post, where it goes, and the categories
 * of risk a reviewer found in it (none for a clean post).
 */
public record LabelledPost(String id, String text, Context context, List<String> labels, String note) {

	public static List<LabelledPost> read(Path file) throws IOException {
		JsonMapper json = JsonMapper.builder().build();
		List<LabelledPost> posts = new ArrayList<>();
		for (String line : Files.readAllLines(file)) {
			if (!line.isBlank()) {
				posts.add(json.readValue(line, LabelledPost.class));
			}
		}
		return posts;
	}

	public PostContext postContext() {
		return new PostContext(Platform.fromCode(this.context.platform()).orElseThrow(),
				Audience.fromCode(this.context.audience()).orElseThrow(), this.context.namedAccount());
	}

	public record Context(String platform, String audience, boolean namedAccount) {

	}

}
