/** Output formats of {@code dyad code}: {@link org.dyad.cli.output.OutputFormat} and a writer for each. */
package org.dyad.cli.output;
