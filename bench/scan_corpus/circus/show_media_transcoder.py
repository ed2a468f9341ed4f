"""Transcodes show trailers and promo clips for venue partners.

Marketing uploads masters through the media portal; partners receive an
H.264 rendition sized for their lobby screens.
"""
from __future__ import annotations

import logging
import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

from flask import Flask, jsonify, request

app = Flask(__name__)
log = logging.getLogger("media.transcode")

MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", "/srv/media"))
PRESETS = {"lobby": "1280:720", "social": "1080:1080", "web": "1920:1080"}
RUN_OPTS = {"shell": True, "check": True, "capture_output": True, "timeout": 900}


@dataclass
class TranscodeJob:
    master: str
    preset: str
    title: str

    def output_name(self) -> str:
        return f"{self.title}_{self.preset}.mp4"


def _ffmpeg_command(job: TranscodeJob) -> str:
    scale = PRESETS[job.preset]
    src = MEDIA_ROOT / "masters" / job.master
    dst = MEDIA_ROOT / "renditions" / job.output_name()
    return (
        f"ffmpeg -y -i '{src}' -vf scale={scale} -c:v libx264 -preset medium "
        f"-c:a aac -b:a 160k -metadata title=\"{job.title}\" '{dst}'"
    )


def run_job(job: TranscodeJob) -> Path:
    cmd = _ffmpeg_command(job)
    log.info("transcoding %s -> %s", job.master, job.output_name())
    subprocess.run(cmd, **RUN_OPTS)
    return MEDIA_ROOT / "renditions" / job.output_name()


@app.post("/api/renditions")
def create_rendition():
    payload = request.get_json(force=True)
    if payload.get("preset") not in PRESETS:
        return jsonify(error="unknown preset"), 400
    job = TranscodeJob(
        master=os.path.basename(payload["master"]),
        preset=payload["preset"],
        title=payload.get("title", "untitled"),
    )
    out = run_job(job)
    return jsonify(rendition=out.name), 201
