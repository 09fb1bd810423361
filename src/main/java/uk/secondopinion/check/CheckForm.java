package uk.secondopinion.check;

import uk.secondopinion.engine.Platform;
import uk.secondopinion.engine.PostContext;

/** What the doctor enters on the check page. */
public class CheckForm {

	private String text;

	private Platform platform = PostContext.DEFAULT.platform();

	private AudienceChoice audience = AudienceChoice.PUBLIC;

	private boolean namedAccount = PostContext.DEFAULT.namedAccount();

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public Platform getPlatform() {
		return this.platform;
	}

	public void setPlatform(Platform platform) {
		this.platform = platform;
	}

	public AudienceChoice getAudience() {
		return this.audience;
	}

	public void setAudience(AudienceChoice audience) {
		this.audience = audience;
	}

	public boolean isNamedAccount() {
		return this.namedAccount;
	}

	public void setNamedAccount(boolean namedAccount) {
		this.namedAccount = namedAccount;
	}

	/** Where the draft is going, as the engine reads it. */
	public PostContext toContext() {
		return new PostContext(this.platform, this.audience.audience(), this.namedAccount);
	}

}
