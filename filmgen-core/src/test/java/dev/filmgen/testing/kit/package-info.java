/**
 * Contract kits: one abstract JUnit 5 test class per SPI, checking the behaviour filmgen relies on. Your
 * implementation's test extends the kit and supplies the implementation (and, for a remote one, its local fake);
 * every test of the kit then runs against it. Every implementation in filmgen runs its kit too.
 *
 * <p>The kits ship in the {@code filmgen-core} test-jar and need only JUnit Jupiter beside it:
 *
 * <pre>{@code
 * <dependency>
 *   <groupId>dev.filmgen</groupId>
 *   <artifactId>filmgen-core</artifactId>
 *   <version>${filmgen.version}</version>
 *   <classifier>tests</classifier>
 *   <scope>test</scope>
 * </dependency>
 * }</pre>
 *
 * <p>A kit tests what callers may rely on, as written in the SPI's Javadoc, never how an implementation does it.
 * A kit test that cannot apply to an implementation (an in-memory store cannot show that it streams) is skipped
 * when the subclass says so, never silently passed.
 */
package dev.filmgen.testing.kit;
