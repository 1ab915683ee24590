package org.dyad.coder;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dyad.model.EventCode;

/**
 * The refusal CAMEO codes for a refused act (CAMEO manual 1.1b3, root 12 "Reject"): refusing to
 * meet or negotiate is 125, to mediate 126, to settle 127, to cooperate 121x, to give aid 122x,
 * to reform 123, and to yield (ease sanctions, release, allow involvement, de-escalate) 124x.
 * Acts with no refusal code (an attack not carried out) have none: they stay negated.
 */
final class Refusals {
  /** Code prefixes, most specific first, and the refusal each maps to. */
  private static final List<Map.Entry<String, String>> TABLE = List.of(
      Map.entry("081", "1241"), Map.entry("082", "1242"), Map.entry("083", "123"), Map.entry("084", "1243"),
      Map.entry("085", "1244"), Map.entry("086", "1245"), Map.entry("087", "1246"), Map.entry("08", "124"),
      Map.entry("045", "126"), Map.entry("046", "125"), Map.entry("04", "125"), Map.entry("036", "125"),
      Map.entry("057", "127"), Map.entry("03", "120"),
      Map.entry("061", "1211"), Map.entry("062", "1212"), Map.entry("06", "121"),
      Map.entry("071", "1221"), Map.entry("072", "1222"), Map.entry("073", "1223"), Map.entry("074", "1224"),
      Map.entry("07", "122"));

  private Refusals() {}

  /** The refusal code of a refused act, if CAMEO has one. */
  static Optional<String> of(EventCode act) {
    if (act == null) {
      return Optional.empty();
    }
    for (Map.Entry<String, String> e : TABLE) {
      if (act.code().startsWith(e.getKey())) {
        return Optional.of(e.getValue());
      }
    }
    return Optional.empty();
  }
}
