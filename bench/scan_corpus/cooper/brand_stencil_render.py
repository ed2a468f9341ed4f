"""Renders customer brand artwork into stencils for the cask branding iron.

Distilleries upload an SVG of their logo plus a line of text (for example
their distillery name and the year). The stencil is rasterised with
Inkscape and handed to the laser brander on the finishing floor.
"""
import re
import shlex
import subprocess
from pathlib import Path

from celery import shared_task

from cooperage.storage import artwork_path, stencil_output_dir

INKSCAPE_BIN = "/usr/bin/inkscape"
BRANDER_DPI = 600
CAPTION_ALLOWED = re.compile(r"[^A-Za-z0-9 &'.,\-]")


def clean_caption(caption: str) -> str:
    return CAPTION_ALLOWED.sub("", caption).strip()[:40]


def _inkscape_args(svg: Path, png: Path, dpi: int = BRANDER_DPI) -> list[str]:
    return [
        INKSCAPE_BIN,
        str(svg),
        "--export-type=png",
        f"--export-filename={png}",
        f"--export-dpi={dpi}",
        "--export-background-opacity=0",
    ]


def _overlay_args(png: Path, caption: str, out: Path) -> list[str]:
    return [
        "convert",
        str(png),
        "-gravity", "south",
        "-pointsize", "72",
        "-annotate", "+0+40", caption,
        str(out),
    ]


@shared_task(name="branding.render_stencil")
def render_stencil(order_id: int, artwork_id: int, caption: str) -> str:
    svg = artwork_path(artwork_id)
    out_dir = stencil_output_dir(order_id)
    raw_png = out_dir / f"artwork-{artwork_id}.png"
    final_png = out_dir / f"stencil-{artwork_id}.png"

    steps = [
        _inkscape_args(svg, raw_png),
        _overlay_args(raw_png, clean_caption(caption), final_png),
    ]
    for args in steps:
        proc = subprocess.run(args, capture_output=True, text=True, timeout=120)
        if proc.returncode != 0:
            raise RuntimeError(f"stencil step failed: {shlex.join(args)}: {proc.stderr[:500]}")
    return str(final_png)
