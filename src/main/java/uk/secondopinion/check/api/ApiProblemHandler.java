package uk.secondopinion.check.api;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import uk.secondopinion.check.CheckNotStoredException;

/**
 * Answers every API error as RFC 9457 problem details ({@code application/problem+json})
 * that say which field is wrong and how to fix it.
 */
@RestControllerAdvice(basePackageClasses = CheckApiController.class)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

	static final URI INVALID_REQUEST = URI.create("/problems/invalid-request");

	static final URI NOT_FOUND = URI.create("/problems/check-not-found");

	static final URI NOT_STORED = URI.create("/problems/check-not-stored");

	@ExceptionHandler
	ProblemDetail invalidRequest(InvalidCheckRequestException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.problems().size() == 1
				? ex.problems().get(0).message() : "The request has " + ex.problems().size() + " problems: see errors");
		problem.setType(INVALID_REQUEST);
		problem.setTitle("The draft could not be checked");
		problem.setProperty("errors",
				ex.problems().stream().map((p) -> Map.of("field", p.field(), "message", p.message())).toList());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail notFound(CheckNotFoundException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"There is no check with this id. It may have been deleted, or it expired.");
		problem.setType(NOT_FOUND);
		problem.setTitle("Check not found");
		return problem;
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> notStored(CheckNotStoredException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				"Your check could not be stored just now, so nothing was kept. Try again in a minute.");
		problem.setType(NOT_STORED);
		problem.setTitle("Check not stored");
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, "60")
			.body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The request body must be a JSON object such as {\"text\": \"...\", \"context\": {\"platform\": \"twitter\", "
						+ "\"audience\": \"public\", \"namedAccount\": false}}, and this one could not be read.");
		problem.setType(INVALID_REQUEST);
		problem.setTitle("The request body is not valid JSON");
		problem.setProperty("errors", List.of(Map.of("field", "body", "message",
				"Send a JSON object with a text field, and optionally a context object")));
		return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
				"Send the draft as JSON, with the header Content-Type: application/json.");
		problem.setTitle("Unsupported content type");
		problem.setProperty("errors", List.of(Map.of("field", "Content-Type", "message", "Use application/json")));
		return handleExceptionInternal(ex, problem, headers, HttpStatus.UNSUPPORTED_MEDIA_TYPE, request);
	}

}
