"""Rasterises engraving SVGs to laser-ready bitmaps with the customer's motto and date."""

from __future__ import annotations

import logging
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("engraving.raster")

DPI = 1000


@dataclass
class RasterRequest:
    commission_id: int
    svg: Path
    motto: str
    dedication_date: str
    output_dir: Path


def _binary(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise RuntimeError(f"{name} is not installed on this engraving station")
    return path


def build_commands(req: RasterRequest) -> list[list[str]]:
    png = req.output_dir / f"{req.commission_id}.png"
    final = req.output_dir / f"{req.commission_id}_final.png"
    caption = f"{req.motto}  {req.dedication_date}".lstrip("@")
    return [
        [_binary("rsvg-convert"), "--dpi-x", str(DPI), "--dpi-y", str(DPI),
         "--output", str(png), str(req.svg)],
        [_binary("magick"), str(png), "-gravity", "south", "-pointsize", "64",
         "-annotate", "+0+60", caption,
         "-monochrome", str(final)],
    ]


def run(req: RasterRequest) -> Path:
    req.output_dir.mkdir(parents=True, exist_ok=True)
    for argv in build_commands(req):
        log.info("commission %s: running %s", req.commission_id, Path(argv[0]).name)
        subprocess.run(argv, check=True, timeout=300, capture_output=True)
    return req.output_dir / f"{req.commission_id}_final.png"
