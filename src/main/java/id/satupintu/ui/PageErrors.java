package id.satupintu.ui;

import id.satupintu.shared.DomainException;
import id.satupintu.shared.web.PageController;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** A domain failure inside a page (an unknown id, a refused action) becomes a friendly page with its status. */
@ControllerAdvice(annotations = PageController.class)
class PageErrors {

    private final ErrorPages errorPages;

    PageErrors(ErrorPages errorPages) {
        this.errorPages = errorPages;
    }

    @ExceptionHandler(DomainException.class)
    ModelAndView domain(DomainException exception, HttpServletRequest request) {
        return errorPages.page(request, exception);
    }
}
