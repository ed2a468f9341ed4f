"""Prepares the soundtrack for a pyromusical: normalises loudness and embeds the show title."""
from __future__ import annotations

import logging
import os
import subprocess
import uuid
from pathlib import Path

from flask import Flask, abort, jsonify, request

log = logging.getLogger(__name__)

app = Flask(__name__)
AUDIO_ROOT = Path(os.environ.get("SHOW_AUDIO_ROOT", "/srv/show-audio"))
FFMPEG = os.environ.get("FFMPEG_BIN", "ffmpeg")
TARGET_LUFS = "-14"


def _source_for(show_id: int) -> Path:
    path = AUDIO_ROOT / "uploads" / f"{show_id}.wav"
    if not path.is_file():
        abort(404)
    return path


def transcode(src: Path, dest: Path, title: str, fade_out_s: float) -> None:
    args = [
        FFMPEG,
        "-hide_banner",
        "-y",
        "-i",
        str(src),
        "-af",
        f"loudnorm=I={TARGET_LUFS}:TP=-1.5,afade=t=out:st=0:d={fade_out_s:.1f}",
        "-metadata",
        f"title={title}",
        "-ar",
        "48000",
        str(dest),
    ]
    subprocess.run(args, check=True, capture_output=True, timeout=300)


@app.post("/shows/<int:show_id>/soundtrack/prepare")
def prepare_soundtrack(show_id: int):
    src = _source_for(show_id)
    body = request.get_json(force=True) or {}
    title = str(body.get("title", ""))[:120]
    try:
        fade = float(body.get("fade_out_s", 3.0))
    except (TypeError, ValueError):
        abort(400, description="fade_out_s must be a number")
    if not 0 <= fade <= 30:
        abort(400, description="fade_out_s out of range")
    out_dir = AUDIO_ROOT / "prepared"
    out_dir.mkdir(parents=True, exist_ok=True)
    dest = out_dir / f"{show_id}-{uuid.uuid4().hex[:8]}.wav"
    try:
        transcode(src, dest, title, fade)
    except subprocess.CalledProcessError as exc:
        log.error("ffmpeg failed for show %s: %s", show_id, exc.stderr[-500:])
        abort(500, description="transcode failed")
    return jsonify({"file": dest.name}), 201
