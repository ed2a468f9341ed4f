"""Build PNG thumbnails of grids for the archive listing.

The worker draws the grid as SVG and rasterises it with ``rsvg-convert``.
The output file name includes the puzzle title so that downloads are
readable; all arguments are passed as a list and no shell is involved.
"""
from __future__ import annotations

import re
import subprocess
from pathlib import Path

CELL = 24


def grid_svg(rows: list[str]) -> str:
    height = len(rows) * CELL
    width = max(len(r) for r in rows) * CELL
    rects = []
    for y, row in enumerate(rows):
        for x, ch in enumerate(row):
            fill = "#000" if ch == "#" else "#fff"
            rects.append(
                f'<rect x="{x * CELL}" y="{y * CELL}" width="{CELL}" height="{CELL}" '
                f'fill="{fill}" stroke="#333" stroke-width="1"/>'
            )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}">'
        + "".join(rects)
        + "</svg>"
    )


def _slug(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60] or "untitled"


def build_thumbnail(puzzle_id: int, title: str, rows: list[str], out_dir: Path, size: int = 240) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    svg_path = out_dir / f"{puzzle_id}.svg"
    svg_path.write_text(grid_svg(rows), encoding="utf-8")
    png_path = out_dir / f"{puzzle_id}-{_slug(title)}.png"
    subprocess.run(
        ["rsvg-convert", "--width", str(size), "--keep-aspect-ratio",
         "--output", str(png_path), str(svg_path)],
        check=True,
        capture_output=True,
        timeout=30,
    )
    svg_path.unlink(missing_ok=True)
    return png_path
