package uk.secondopinion.check;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.hibernate.annotations.Immutable;
import org.springframework.data.domain.Persistable;

import uk.secondopinion.engine.Audience;
import uk.secondopinion.engine.Platform;
import uk.secondopinion.engine.RiskLevel;

/**
 * A check as stored: never the draft itself, only the masked draft, the safer version and
 * the findings, until it is deleted or expires. Its id is a random UUID (122 random
 * bits), the only way to reach it.
 */
@Entity
@Table(name = "checks")
public class StoredCheck implements Persistable<UUID> {

	@Id
	private UUID id;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "expires_at", nullable = false)
	private Instant expiresAt;

	@Column(name = "ruleset_version", nullable = false)
	private String rulesetVersion;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Platform platform;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Audience audience;

	@Column(name = "named_account", nullable = false)
	private boolean namedAccount;

	@Enumerated(EnumType.STRING)
	@Column(name = "risk_level", nullable = false)
	private RiskLevel riskLevel;

	@Column(name = "masked_text", nullable = false)
	private String maskedText;

	@Column(name = "safer_text", nullable = false)
	private String saferText;

	/** Never changed once stored, so Hibernate need not keep a copy to spot changes. */
	@Immutable
	@Convert(converter = FindingListConverter.class)
	@Column(nullable = false)
	private List<StoredFinding> findings = List.of();

	/**
	 * The id is assigned before saving, so whether the check is new is tracked here,
	 * sparing a select.
	 */
	@Transient
	private boolean isNew = true;

	protected StoredCheck() {
	}

	StoredCheck(UUID id, Instant createdAt, Instant expiresAt, String rulesetVersion, Platform platform,
			Audience audience, boolean namedAccount, RiskLevel riskLevel, String maskedText, String saferText,
			List<StoredFinding> findings) {
		this.id = id;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
		this.rulesetVersion = rulesetVersion;
		this.platform = platform;
		this.audience = audience;
		this.namedAccount = namedAccount;
		this.riskLevel = riskLevel;
		this.maskedText = maskedText;
		this.saferText = saferText;
		this.findings = List.copyOf(findings);
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	@Override
	public boolean isNew() {
		return this.isNew;
	}

	@PostLoad
	@PostPersist
	void markStored() {
		this.isNew = false;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getExpiresAt() {
		return this.expiresAt;
	}

	public String getRulesetVersion() {
		return this.rulesetVersion;
	}

	public Platform getPlatform() {
		return this.platform;
	}

	public Audience getAudience() {
		return this.audience;
	}

	public boolean isNamedAccount() {
		return this.namedAccount;
	}

	public RiskLevel getRiskLevel() {
		return this.riskLevel;
	}

	public String getMaskedText() {
		return this.maskedText;
	}

	public String getSaferText() {
		return this.saferText;
	}

	public List<StoredFinding> getFindings() {
		return this.findings;
	}

}
