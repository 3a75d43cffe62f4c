package id.satupintu.ui;

import id.satupintu.shared.web.PageController;
import org.springframework.web.bind.annotation.GetMapping;

/** The front door: what exists now, for whoever is looking. */
@PageController
class HomeController {

    @GetMapping("/")
    String home() {
        return "ui/home";
    }
}
