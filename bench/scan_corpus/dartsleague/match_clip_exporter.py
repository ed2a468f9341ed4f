"""Cuts highlight clips (180s, big checkouts) out of a recorded match stream.

Clip requests come from the livestream operator's dashboard; each request
names the match recording, the start/end offsets and the player who threw.
"""
from __future__ import annotations

import logging
import subprocess
from dataclasses import dataclass
from pathlib import Path

from flask import Blueprint, abort, jsonify, request

log = logging.getLogger(__name__)
bp = Blueprint("clips", __name__, url_prefix="/stream/clips")

RECORDINGS_DIR = Path("/srv/dartsleague/recordings")
CLIPS_DIR = Path("/srv/dartsleague/clips")


@dataclass
class ClipRequest:
    match_id: int
    start: float
    end: float
    player: str
    label: str

    @property
    def source(self) -> Path:
        return RECORDINGS_DIR / f"match_{self.match_id}.mp4"

    @property
    def target(self) -> Path:
        return CLIPS_DIR / f"match_{self.match_id}_{int(self.start)}.mp4"


def _ffmpeg_command(clip: ClipRequest) -> str:
    title = f"{clip.player} - {clip.label}"
    return (
        f"ffmpeg -y -ss {clip.start:.2f} -to {clip.end:.2f} -i {clip.source} "
        f"-c copy -metadata title=\"{title}\" {clip.target}"
    )


def export_clip(clip: ClipRequest) -> Path:
    CLIPS_DIR.mkdir(parents=True, exist_ok=True)
    cmd = _ffmpeg_command(clip)
    log.info("exporting clip for match %s", clip.match_id)
    subprocess.run(cmd, shell=True, check=True, timeout=300)
    return clip.target


@bp.post("")
def create_clip():
    data = request.get_json(force=True)
    try:
        clip = ClipRequest(
            match_id=int(data["match_id"]),
            start=float(data["start"]),
            end=float(data["end"]),
            player=str(data["player"]),
            label=str(data.get("label", "highlight")),
        )
    except (KeyError, TypeError, ValueError):
        abort(400)
    if clip.end <= clip.start or not clip.source.exists():
        abort(404)
    path = export_clip(clip)
    return jsonify({"clip": path.name}), 201
