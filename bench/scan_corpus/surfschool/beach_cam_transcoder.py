"""Transcode clips uploaded by surf coaches into the member app's video format."""
from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict

from flask import Flask, jsonify, request
from werkzeug.utils import secure_filename

UPLOAD_ROOT = Path(os.environ.get("CLIP_UPLOAD_ROOT", "/srv/clips/uploads"))
OUTPUT_ROOT = Path(os.environ.get("CLIP_OUTPUT_ROOT", "/srv/clips/encoded"))

app = Flask(__name__)


@dataclass
class EncodeProfile:
    width: int = 1280
    crf: int = 26
    preset: str = "veryfast"
    extra: Dict[str, str] = field(default_factory=lambda: {"movflags": "+faststart"})

    def flags(self) -> str:
        extras = " ".join(f"-{k} {v}" for k, v in self.extra.items())
        return f"-vf scale={self.width}:-2 -c:v libx264 -crf {self.crf} -preset {self.preset} {extras}"


def encode(source: Path, title: str, profile: EncodeProfile) -> Path:
    target = OUTPUT_ROOT / f"{source.stem}.mp4"
    cmd = (
        f"ffmpeg -y -i {source} {profile.flags()} "
        f"-metadata title=\"{title}\" {target}"
    )
    subprocess.run(cmd, shell=True, check=True, timeout=900)
    return target


@app.post("/clips")
def upload_clip():
    clip = request.files["clip"]
    name = secure_filename(clip.filename or "clip.mov")
    UPLOAD_ROOT.mkdir(parents=True, exist_ok=True)
    source = UPLOAD_ROOT / name
    clip.save(source)
    title = request.form.get("title", source.stem)
    profile = EncodeProfile(crf=int(request.form.get("crf", 26)))
    output = encode(source, title, profile)
    return jsonify(output=str(output.name)), 201
