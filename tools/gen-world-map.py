#!/usr/bin/env python3
"""Build the dashboard's offline base map (country outlines) as GeoJSON.

Usage:
    python3 tools/gen-world-map.py COUNTRIES_110M_JSON [OUT]

COUNTRIES_110M_JSON is `package/countries-110m.json` from the npm package
world-atlas@2.0.2 (ISC licence, Copyright 2013-2019 Michael Bostock; the
geometry is Natural Earth 1:110m Admin 0 - Countries, public domain). It is a
TopoJSON topology; this script decodes it (quantized, delta-encoded arcs) into
a GeoJSON FeatureCollection of Polygon/MultiPolygon features with properties
{"name": ..., "id": ISO 3166-1 numeric or null}, coordinates rounded to two
decimals, consecutive duplicate points removed and rings that collapse to fewer
than four points dropped.

OUT defaults to
dyad-serve/src/main/resources/org/dyad/serve/public/world.geo.json
(relative to the repository root). Python 3 standard library only; the output
is deterministic.
"""
import json
import os
import sys

DEFAULT_OUT = os.path.normpath(os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "..", "dyad-serve", "src", "main",
    "resources", "org", "dyad", "serve", "public", "world.geo.json"))
MAX_BYTES = 300_000


def decode_arcs(topo):
    """Return the topology's arcs as lists of absolute [lon, lat] points."""
    tr = topo.get("transform")
    arcs = []
    for arc in topo["arcs"]:
        pts = []
        if tr:
            sx, sy = tr["scale"]
            tx, ty = tr["translate"]
            x = y = 0
            for p in arc:
                x += p[0]
                y += p[1]
                pts.append([x * sx + tx, y * sy + ty])
        else:
            pts = [[p[0], p[1]] for p in arc]
        arcs.append(pts)
    return arcs


def ring(arcs, indexes):
    """Stitch arc indexes (~i = arc i reversed) into one ring, rounded."""
    pts = []
    for i in indexes:
        a = arcs[~i][::-1] if i < 0 else arcs[i]
        # each arc after the first starts where the previous one ended
        for k, p in enumerate(a):
            if k == 0 and pts:
                continue
            pts.append(p)
    out = []
    for lon, lat in pts:
        q = [round(lon, 2), round(lat, 2)]
        if not out or out[-1] != q:
            out.append(q)
    if len(out) >= 2 and out[0] != out[-1]:
        out.append(list(out[0]))
    return out if len(out) >= 4 else None


def unwrap_antimeridian(points):
    """A ring that crosses the antimeridian (Russia's Chukotka, Fiji) jumps from +180 to -180;
    drawn as is, that jump is a line across the whole map. Such a ring is moved into 0..360 by
    shifting its western longitudes by +360, so it stays one shape at the map's east edge.
    Rings reaching the South Pole (Antarctica) span every longitude by design and are left."""
    jumps = any(abs(b[0] - a[0]) > 180 for a, b in zip(points, points[1:]))
    if not jumps or min(lat for _, lat in points) < -80:
        return points
    return [[lon + 360 if lon < 0 else lon, lat] for lon, lat in points]


def polygon(arcs, rings):
    result = []
    for idx, r in enumerate(rings):
        decoded = ring(arcs, r)
        if decoded is not None:
            decoded = unwrap_antimeridian(decoded)
        if decoded is None:
            if idx == 0:
                return None  # outer ring collapsed: drop the whole polygon
            continue
        result.append(decoded)
    return result or None


def to_feature(arcs, geom):
    kind = geom.get("type")
    if kind == "Polygon":
        poly = polygon(arcs, geom["arcs"])
        coords, out_kind = poly, "Polygon"
    elif kind == "MultiPolygon":
        polys = [p for p in (polygon(arcs, rs) for rs in geom["arcs"]) if p]
        if len(polys) == 1:
            coords, out_kind = polys[0], "Polygon"
        else:
            coords, out_kind = polys, "MultiPolygon"
    else:
        return None  # null geometries etc.
    if not coords:
        return None
    props = geom.get("properties") or {}
    return {
        "type": "Feature",
        "properties": {"name": props.get("name"), "id": geom.get("id")},
        "geometry": {"type": out_kind, "coordinates": coords},
    }


def main(argv):
    if len(argv) < 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    src = argv[1]
    out = argv[2] if len(argv) > 2 else DEFAULT_OUT
    with open(src, encoding="utf-8") as f:
        topo = json.load(f)
    if topo.get("type") != "Topology" or "countries" not in topo.get("objects", {}):
        print("not a world-atlas countries topology: " + src, file=sys.stderr)
        return 1
    arcs = decode_arcs(topo)
    features = []
    for geom in topo["objects"]["countries"]["geometries"]:
        feat = to_feature(arcs, geom)
        if feat:
            features.append(feat)
    features.sort(key=lambda f: (f["properties"]["name"] or "", f["properties"]["id"] or ""))
    for f in features:
        g = f["geometry"]
        polys = [g["coordinates"]] if g["type"] == "Polygon" else g["coordinates"]
        for poly in polys:
            for r in poly:
                for lon, lat in r:
                    if not (-180.0 <= lon <= 360.0 and -90.0 <= lat <= 90.0):
                        print("coordinate out of range in %s" % f["properties"]["name"],
                              file=sys.stderr)
                        return 1
    fc = {"type": "FeatureCollection", "features": features}
    text = json.dumps(fc, separators=(",", ":"), ensure_ascii=False, sort_keys=True)
    size = len(text.encode("utf-8"))
    if len(features) < 150:
        print("only %d features; wrong input?" % len(features), file=sys.stderr)
        return 1
    if size > MAX_BYTES:
        print("output is %d bytes (> %d); use the 110m file" % (size, MAX_BYTES),
              file=sys.stderr)
        return 1
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
        f.write("\n")
    print("wrote %s: %d countries, %d bytes" % (out, len(features), size))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
