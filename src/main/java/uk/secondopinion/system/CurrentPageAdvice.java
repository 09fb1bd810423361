package uk.secondopinion.system;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells the layout which address it is showing, so the header menu can mark the current
 * page (Thymeleaf may not read the request itself).
 */
@ControllerAdvice
class CurrentPageAdvice {

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI();
	}

}
