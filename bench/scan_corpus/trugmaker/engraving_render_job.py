"""Background job that renders engraving artwork for the laser.

Customers type the inscription and pick a font in the shop; the job
turns that into a PNG preview and an SVG outline that the laser software
imports for burning into the trug handle.
"""
from __future__ import annotations

import logging
import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

from rq import Queue
from redis import Redis

log = logging.getLogger("trug.engraving")

ARTWORK_DIR = Path(os.environ.get("TRUG_ARTWORK_DIR", "/srv/trug/artwork"))
FONTS = {
    "copperplate": "/usr/share/fonts/trug/Copperplate.ttf",
    "serif": "/usr/share/fonts/trug/Garamond.ttf",
    "hand": "/usr/share/fonts/trug/Handwriting.ttf",
}


@dataclass
class EngravingRequest:
    engraving_id: int
    inscription: str
    font: str
    point_size: int = 48


def render_preview(req: EngravingRequest) -> Path:
    font_path = FONTS.get(req.font, FONTS["serif"])
    out_dir = ARTWORK_DIR / str(req.engraving_id)
    out_dir.mkdir(parents=True, exist_ok=True)
    png = out_dir / "preview.png"
    command = (
        f"convert -background white -fill '#3b2414' -font {font_path} "
        f"-pointsize {int(req.point_size)} label:\"{req.inscription}\" {png}"
    )
    subprocess.run(command, shell=True, check=True, timeout=60)
    return png


def trace_outline(png: Path) -> Path:
    svg = png.with_suffix(".svg")
    pbm = png.with_suffix(".pbm")
    subprocess.run(["convert", str(png), "-threshold", "50%", str(pbm)], check=True, timeout=60)
    subprocess.run(["potrace", str(pbm), "-s", "-o", str(svg)], check=True, timeout=60)
    pbm.unlink(missing_ok=True)
    return svg


def process(engraving_id: int, inscription: str, font: str, point_size: int = 48) -> dict:
    req = EngravingRequest(engraving_id, inscription, font, point_size)
    png = render_preview(req)
    svg = trace_outline(png)
    log.info("engraving %s rendered", engraving_id)
    return {"preview": str(png), "outline": str(svg)}


def enqueue(engraving_id: int, inscription: str, font: str) -> str:
    queue = Queue("engraving", connection=Redis.from_url(os.environ["REDIS_URL"]))
    job = queue.enqueue(process, engraving_id, inscription, font, job_timeout=300)
    return job.id
