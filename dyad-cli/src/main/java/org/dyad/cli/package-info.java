/**
 * The {@code dyad} command line (picocli): one class per subcommand ({@code code}, {@code dict
 * check}, {@code dict import}, {@code eval}, {@code bench}). Models and dictionaries are built once
 * per command and passed in; bad input becomes one line on standard error and exit code 2, never
 * a stack trace. Only {@link org.dyad.cli.Dyad#main} exits the JVM.
 */
package org.dyad.cli;
