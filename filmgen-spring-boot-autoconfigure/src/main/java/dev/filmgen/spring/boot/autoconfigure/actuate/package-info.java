/** The {@code filmgen} health contributor for Spring Boot Actuator. */
package dev.filmgen.spring.boot.autoconfigure.actuate;
