"""Build the world map's country shapes once, at build time, from the npm package
``world-atlas`` 2.x (Natural Earth 1:50m, public domain; packaging ISC, Mike Bostock).

    npm pack world-atlas@2 && tar xzf world-atlas-2.*.tgz
    python -m plenaria.contributions.data.world_map_build package/countries-50m.json

writes ``static/contributions/world-map.json``: ``{"viewBox": ..., "shapes": {"RW": "M…"}}``,
one SVG path per ISO 3166 alpha-2 code, in an equirectangular projection (60°S to 84°N;
Antarctica left out). Nothing is fetched at run time.
"""

import json
import sys
from itertools import pairwise
from pathlib import Path

from django_countries import countries

WIDTH = 1000
NORTH, SOUTH = 84.0, -60.0
SCALE = WIDTH / 360
HEIGHT = round((NORTH - SOUTH) * SCALE)
OUT = Path(__file__).resolve().parent.parent / "static" / "contributions" / "world-map.json"


def decoded_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """The topology's arcs as longitude/latitude points (quantised deltas undone)."""
    (kx, ky), (dx, dy) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for step_x, step_y in arc:
            x, y = x + step_x, y + step_y
            points.append((x * kx + dx, y * ky + dy))
        arcs.append(points)
    return arcs


def ring_points(ring: list[int], arcs: list) -> list[tuple[float, float]]:
    points: list[tuple[float, float]] = []
    for index in ring:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc[1:] if points else arc)
    return points


def split_at_antimeridian(points: list) -> list[list]:
    """A ring that crosses 180° (Russia, Fiji) as pieces on either side, each closed along
    the map's edge; drawn whole, it would cut across the map."""
    jumps = [i for i in range(1, len(points)) if abs(points[i][0] - points[i - 1][0]) > 180]
    if not jumps:
        return [points]
    ring = points[jumps[0] :] + points[1 : jumps[0]]  # start just after a crossing
    pieces, piece = [], [ring[0]]
    for before, point in pairwise(ring):
        if abs(point[0] - before[0]) > 180:
            pieces.append(piece)
            piece = []
        piece.append(point)
    return [*pieces, piece]


def projected(lon: float, lat: float) -> tuple[int, int]:
    lat = max(SOUTH, min(NORTH, lat))
    return round((lon + 180) * SCALE), round((NORTH - lat) * SCALE)


def ring_path(points) -> str:
    """One closed ring in relative commands on a whole-unit grid, repeated points dropped."""
    grid = []
    for lon, lat in points:
        point = projected(lon, lat)
        if not grid or grid[-1] != point:
            grid.append(point)
    if len(grid) < 3:
        return ""
    (x, y), parts = grid[0], [f"M{grid[0][0]} {grid[0][1]}"]
    for gx, gy in grid[1:]:
        parts.append(f"l{gx - x} {gy - y}")
        x, y = gx, gy
    return "".join(parts) + "z"


def main(source: str) -> None:
    topology = json.loads(Path(source).read_text())
    arcs = decoded_arcs(topology)
    shapes: dict[str, str] = {}
    for geometry in topology["objects"]["countries"]["geometries"]:
        numeric = geometry.get("id")
        code = countries.alpha2(int(numeric)) if numeric and numeric.isdigit() else ""
        if not code or code == "AQ":
            continue
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        path = "".join(
            ring_path(piece)
            for polygon in polygons
            for ring in polygon
            for piece in split_at_antimeridian(ring_points(ring, arcs))
        )
        if path:
            shapes[code] = shapes.get(code, "") + path
    document = {
        "source": "Natural Earth 1:50m via world-atlas 2 (public domain)",
        "viewBox": f"0 0 {WIDTH} {HEIGHT}",
        "shapes": dict(sorted(shapes.items())),
    }
    OUT.write_text(json.dumps(document, separators=(",", ":")))
    print(f"{len(shapes)} countries, {OUT.stat().st_size} bytes -> {OUT}")


if __name__ == "__main__":
    from django.conf import settings

    settings.configure()
    main(sys.argv[1])
