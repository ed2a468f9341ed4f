"""Generates watermarked web renditions of lot photographs uploaded by dealers."""
from __future__ import annotations

import subprocess
import uuid
from dataclasses import dataclass
from pathlib import Path

from flask import Flask, abort, jsonify, request

app = Flask(__name__)


class RenditionSettings:
    widths = (320, 800, 1600)
    quality = 82
    storage_root = Path("/srv/storefront/media/lots")
    run_opts = {"shell": True, "check": True, "timeout": 120}


@dataclass
class RenditionJob:
    source: Path
    caption: str
    lot_number: str

    def command_for(self, width: int, target: Path) -> str:
        return (
            f"convert '{self.source}' -resize {width}x -quality {RenditionSettings.quality} "
            f"-gravity SouthEast -annotate +12+12 '{self.caption}' '{target}'"
        )


def render_all(job: RenditionJob) -> list[str]:
    outputs = []
    for width in RenditionSettings.widths:
        target = job.source.with_name(f"{job.source.stem}_{width}.jpg")
        subprocess.run(job.command_for(width, target), **RenditionSettings.run_opts)
        outputs.append(target.name)
    return outputs


@app.post("/dealer/lots/<int:lot_id>/photos")
def upload_photo(lot_id: int):
    upload = request.files.get("photo")
    if upload is None or upload.mimetype not in {"image/jpeg", "image/png"}:
        abort(400)
    lot_dir = RenditionSettings.storage_root / str(lot_id)
    lot_dir.mkdir(parents=True, exist_ok=True)
    source = lot_dir / f"{uuid.uuid4().hex}.jpg"
    upload.save(source)
    caption = request.form.get("caption", f"Lot {lot_id}")
    job = RenditionJob(source=source, caption=caption, lot_number=str(lot_id))
    return jsonify({"renditions": render_all(job)}), 201
