package org.dyad.cli;

import java.util.Locale;
import org.dyad.store.exchange.Provenance;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --provenance dyad|gdelt|acled|polecat}: the read commands' filter on where events come
 * from (coded by Dyad, or imported from one format), the API's {@code provenance} parameter.
 */
final class ProvenanceOption {
  @Option(names = "--provenance", paramLabel = "dyad|gdelt|acled|polecat", converter = Label.class,
      description = "Only events coded by Dyad, or imported from one format (default: all).")
  Provenance provenance;

  /** The provenance asked for, or {@code null} for all. */
  Provenance value() {
    return provenance;
  }

  /** Reads a provenance by its label, in any case. */
  static final class Label implements ITypeConverter<Provenance> {
    @Override
    public Provenance convert(String value) {
      try {
        return Provenance.ofLabel(value.toLowerCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
