"""Exports engraving jobs to the laser cutter's job format.

The laser software accepts an SVG plus a job file. The inscription the
customer typed is set as text with Inkscape's command line, converted
to paths, and copied to the laser's hot folder.
"""
from __future__ import annotations

import logging
import os
import shutil
import subprocess
from pathlib import Path
from xml.sax.saxutils import escape

log = logging.getLogger("trug.laser")

INKSCAPE = shutil.which("inkscape") or "/usr/bin/inkscape"
HOT_FOLDER = Path(os.environ.get("TRUG_LASER_HOT_FOLDER", "/srv/trug/laser/hot"))
WORK_DIR = Path(os.environ.get("TRUG_LASER_WORK", "/srv/trug/laser/work"))

SVG_TEMPLATE = """<svg xmlns="http://www.w3.org/2000/svg" width="{w}mm" height="{h}mm" viewBox="0 0 {w} {h}">
<text x="{cx}" y="{cy}" font-family="{font}" font-size="{size}" text-anchor="middle">{text}</text>
</svg>"""

HANDLE_SIZES = {"small": (120, 14), "medium": (160, 16), "large": (200, 18)}


def write_text_svg(job_id: int, inscription: str, font: str, trug_size: str) -> Path:
    w, h = HANDLE_SIZES[trug_size]
    svg = SVG_TEMPLATE.format(
        w=w, h=h, cx=w / 2, cy=h * 0.7, font=escape(font, {'"': "&quot;"}), size=h * 0.6, text=escape(inscription)
    )
    path = WORK_DIR / f"job-{job_id}-text.svg"
    path.write_text(svg, encoding="utf-8")
    return path


def to_paths(src: Path) -> Path:
    out = src.with_name(src.stem.replace("-text", "-paths") + ".svg")
    argv = [INKSCAPE, str(src), "--export-text-to-path", "--export-plain-svg", f"--export-filename={out}"]
    subprocess.run(argv, check=True, timeout=120, capture_output=True)
    return out


def export_job(job_id: int, inscription: str, font: str, trug_size: str, power: int = 35, speed: int = 300) -> Path:
    WORK_DIR.mkdir(parents=True, exist_ok=True)
    paths_svg = to_paths(write_text_svg(job_id, inscription, font, trug_size))
    target = HOT_FOLDER / paths_svg.name
    shutil.copy2(paths_svg, target)
    target.with_suffix(".job").write_text(f"power={int(power)}\nspeed={int(speed)}\npasses=1\n")
    log.info("laser job %s queued (%s)", job_id, target.name)
    return target
