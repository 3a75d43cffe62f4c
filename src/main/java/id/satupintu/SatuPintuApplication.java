package id.satupintu;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** SatuPintu: one door to every public service of a regional government. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class SatuPintuApplication {

    public static void main(String[] args) {
        SpringApplication.run(SatuPintuApplication.class, args);
    }
}
