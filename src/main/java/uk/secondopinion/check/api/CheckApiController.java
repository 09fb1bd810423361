package uk.secondopinion.check.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import uk.secondopinion.check.CheckService;
import uk.secondopinion.check.DraftRules;
import uk.secondopinion.engine.Audience;
import uk.secondopinion.engine.Platform;
import uk.secondopinion.engine.PostContext;
import uk.secondopinion.system.RateLimit;
import uk.secondopinion.system.RateLimiter;

/**
 * The JSON API: check a draft, read a stored check back, delete it; or preview a draft's
 * findings without storing anything, for feedback while someone types.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Checks", description = "Check a draft post against UK professional guidance")
class CheckApiController {

	private final CheckService checks;

	private final RateLimiter rateLimiter;

	CheckApiController(CheckService checks, RateLimiter rateLimiter) {
		this.checks = checks;
		this.rateLimiter = rateLimiter;
	}

	@PostMapping("/checks")
	@Operation(summary = "Check a draft",
			description = "Checks the draft, stores the masked result and answers 201 with its address in Location. "
					+ "429 with Retry-After when this client has made too many checks in the last minute; "
					+ "503 when the check could not be stored, in which case nothing was kept.")
	@ResponseStatus(HttpStatus.CREATED)
	CheckResponse create(@RequestBody CheckRequest request, HttpServletRequest http, HttpServletResponse created) {
		PostContext context = validate(request);
		this.rateLimiter.acquire(RateLimit.CHECKS, http);
		CheckResponse response = CheckResponse.of(this.checks.check(request.text(), context));
		// Not a ResponseEntity, which Spring MVC flushes before the response is complete:
		// the answer would go out in chunks, with no length and in one write more.
		created.setHeader(HttpHeaders.LOCATION, "/api/v1/checks/" + response.id());
		return response;
	}

	@PostMapping("/previews")
	@Operation(summary = "Preview a draft's findings without storing anything",
			description = "Answers 200 with the findings; nothing is kept, so there is no id. For live feedback while typing. "
					+ "429 with Retry-After when this client has made too many previews in the last minute.")
	PreviewResponse preview(@RequestBody CheckRequest request, HttpServletRequest http) {
		PostContext context = validate(request);
		this.rateLimiter.acquire(RateLimit.PREVIEWS, http);
		return PreviewResponse.of(this.checks.preview(request.text(), context));
	}

	@GetMapping("/checks/{id}")
	@Operation(summary = "Read a stored check",
			description = "Excerpts and text come from the masked draft. 404 if unknown or expired.")
	CheckResponse get(@PathVariable String id) {
		return this.checks.find(parse(id)).map(CheckResponse::of).orElseThrow(CheckNotFoundException::new);
	}

	@DeleteMapping("/checks/{id}")
	@Operation(summary = "Delete a check now", description = "204 when deleted, 404 if unknown or expired.")
	ResponseEntity<Void> delete(@PathVariable String id) {
		if (!this.checks.delete(parse(id))) {
			throw new CheckNotFoundException();
		}
		return ResponseEntity.noContent().build();
	}

	private static UUID parse(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw new CheckNotFoundException();
		}
	}

	private static PostContext validate(CheckRequest request) {
		List<InvalidCheckRequestException.FieldProblem> problems = new ArrayList<>();
		DraftRules.problems(request.text())
			.forEach((message) -> problems.add(new InvalidCheckRequestException.FieldProblem("text", message)));
		CheckRequest.Context context = request.context();
		PostContext defaults = PostContext.DEFAULT;
		Platform platform = defaults.platform();
		Audience audience = defaults.audience();
		boolean named = defaults.namedAccount();
		if (context != null) {
			if (context.platform() != null) {
				platform = Platform.fromCode(context.platform()).orElse(null);
				if (platform == null) {
					problems.add(new InvalidCheckRequestException.FieldProblem("context.platform", "Unknown platform '"
							+ context.platform() + "'. Use one of: "
							+ Arrays.stream(Platform.values()).map(Platform::code).collect(Collectors.joining(", "))));
				}
			}
			if (context.audience() != null) {
				audience = Audience.fromCode(context.audience()).orElse(null);
				if (audience == null) {
					problems.add(new InvalidCheckRequestException.FieldProblem("context.audience", "Unknown audience '"
							+ context.audience() + "'. Use one of: "
							+ Arrays.stream(Audience.values()).map(Audience::code).collect(Collectors.joining(", "))));
				}
			}
			if (context.namedAccount() != null) {
				named = context.namedAccount();
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidCheckRequestException(problems);
		}
		return new PostContext(platform, audience, named);
	}

}
