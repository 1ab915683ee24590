/**
 * Exchange: the field's event-data formats, out of the store and into it. Exports are DuckDB
 * queries ({@code <format>.export.sql}: GDELT 2.0 events and mentions, PLOVER JSON, POLECAT,
 * ACLED) over the fused events, run by {@code org.dyad.store.DuckDbExport}; imports ({@link
 * org.dyad.store.exchange.Importer}) stage a file, check it and map it into {@code events} with
 * {@code <format>.import.sql}, with the format as {@link org.dyad.store.exchange.Provenance}.
 *
 * <p>Invariants: each format's columns are those of its specification, in its order ({@code
 * Columns}, cited there and in the tests); an imported event keeps its whole row ({@code
 * events.imported}), so export → import → export gives the same rows; Dyad's own columns of an
 * imported event hold only what the format says (no CAMEO code is invented for ACLED or POLECAT,
 * no tone for Dyad's events: AvgTone is 0). Country codes are converted with Dyad's own table
 * ({@link org.dyad.store.exchange.CountryCodes}: ISO alpha-3, FIPS 10-4, ISO numeric, COW).
 *
 * <p>Traps: GDELT's files are tab-separated and never quoted, so text is written with tabs and
 * line breaks made spaces; ACLED is RFC 4180 CSV, read by DuckDB's reader, not split by hand.
 * GDELT's ADM1 codes are FIPS country + division; Dyad writes the GeoNames admin1 code there,
 * which is the FIPS division code for most countries but not all (the United States' is the
 * postal code, as in GDELT).
 */
package org.dyad.store.exchange;
