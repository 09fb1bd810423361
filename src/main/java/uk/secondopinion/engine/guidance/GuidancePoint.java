package uk.secondopinion.engine.guidance;

/**
 * One point of professional guidance that rules cite: who issued it, in which document,
 * where in it (a paragraph only where its number is verified), a link, and a paraphrase.
 */
public record GuidancePoint(String id, String body, String document, String reference, String url, String summary,
		String status) {

	public boolean isCurrent() {
		return "current".equals(this.status);
	}

}
