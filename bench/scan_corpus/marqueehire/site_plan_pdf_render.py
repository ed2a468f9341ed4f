"""Render site plans from SVG to PDF for the crew pack.

The planner's drawing tool saves an SVG of the site: marquee footprint,
guy-rope zone, generator position and vehicle route. Crews get a PDF.
"""
from __future__ import annotations

import logging
import os
import shutil
import subprocess
from pathlib import Path

log = logging.getLogger(__name__)

INKSCAPE = shutil.which("inkscape") or "/usr/bin/inkscape"
PLANS_DIR = Path(os.environ.get("SITE_PLANS_DIR", "/srv/marqueehire/site-plans"))
RENDER_TIMEOUT = 120


class RenderFailed(RuntimeError):
    pass


def render_pdf(svg_path: Path, pdf_path: Path, title: str) -> Path:
    cmd = [
        INKSCAPE,
        str(svg_path),
        "--export-type=pdf",
        f"--export-filename={pdf_path}",
        "--export-area-drawing",
        "--export-pdf-version=1.5",
    ]
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=RENDER_TIMEOUT)
    if result.returncode != 0:
        log.error("inkscape failed for %s (%s): %s", svg_path.name, title, result.stderr[-500:])
        raise RenderFailed(svg_path.name)
    return pdf_path


def crew_pack(booking_ref: str, plan_name: str) -> Path:
    folder = PLANS_DIR / booking_ref
    svg = folder / Path(plan_name).name
    if svg.suffix.lower() != ".svg" or not svg.is_file():
        raise FileNotFoundError(plan_name)
    pdf = svg.with_suffix(".pdf")
    return render_pdf(svg, pdf, title=f"Site plan {booking_ref}")


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description="Render a site plan SVG to PDF")
    parser.add_argument("booking_ref")
    parser.add_argument("plan_name")
    args = parser.parse_args()
    print(crew_pack(args.booking_ref, args.plan_name))


if __name__ == "__main__":
    main()
