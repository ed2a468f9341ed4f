"""Resizes photo-shoot uploads into lookbook web renditions."""
from __future__ import annotations

import logging
import subprocess
from dataclasses import dataclass
from pathlib import Path

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
log = logging.getLogger("lookbook.resize")

RUN_OPTS = {"shell": True, "check": True, "capture_output": True, "timeout": 120}


@dataclass
class Rendition:
    suffix: str
    geometry: str
    quality: int = 82


RENDITIONS = [Rendition("thumb", "320x480"), Rendition("card", "800x1200"), Rendition("hero", "1600x2400", 88)]


class Resizer:
    def __init__(self, upload_dir: Path, output_dir: Path, binary: str = "convert") -> None:
        self.upload_dir = upload_dir
        self.output_dir = output_dir
        self.binary = binary

    def command_for(self, source: Path, rendition: Rendition) -> str:
        target = self.output_dir / f"{source.stem}_{rendition.suffix}.jpg"
        return (
            f"{self.binary} '{source}' -resize {rendition.geometry} "
            f"-quality {rendition.quality} -strip '{target}'"
        )

    def render_all(self, photo_name: str) -> list[str]:
        source = self.upload_dir / photo_name
        produced = []
        for rendition in RENDITIONS:
            cmd = self.command_for(source, rendition)
            subprocess.run(cmd, **RUN_OPTS)
            produced.append(rendition.suffix)
        log.info("rendered %s into %d sizes", photo_name, len(produced))
        return produced


@app.post("/lookbook/<collection>/render")
def render(collection: str):
    photo = request.json["photo"]
    if collection not in app.config["COLLECTIONS"] or Path(photo).name != photo:
        abort(400)
    resizer = Resizer(
        Path(app.config["UPLOAD_ROOT"]) / collection,
        Path(app.config["LOOKBOOK_ROOT"]) / collection,
    )
    return jsonify({"photo": photo, "renditions": resizer.render_all(photo)})
