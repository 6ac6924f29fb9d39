package org.pomegranate;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PomegranateApplication {
	public static void main(String[] args) {
		SpringApplication.run(PomegranateApplication.class, args);
	}
}
