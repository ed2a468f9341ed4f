"""Transcodes CCTV clips requested by duty managers for incident reports.

A manager picks a camera, a time window and a case title in the security
portal; the clip is cut from the NVR recording and stamped with the title.
"""
from __future__ import annotations

import logging
import subprocess
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
log = logging.getLogger("cctv.transcode")

RECORDINGS = Path("/srv/nvr/recordings")
EXPORTS = Path("/srv/nvr/exports")
CAMERAS = {"rink-north", "rink-south", "skate-hire", "arcade", "party-room-1", "party-room-2", "entrance"}


@dataclass
class ClipRequest:
    camera: str
    start: datetime
    seconds: int
    case_title: str

    def source(self) -> Path:
        return RECORDINGS / self.camera / f"{self.start:%Y%m%d_%H}.mp4"

    def target(self) -> Path:
        return EXPORTS / f"{self.camera}_{self.start:%Y%m%d_%H%M%S}.mp4"


def ffmpeg_command(clip: ClipRequest) -> str:
    offset = clip.start.minute * 60 + clip.start.second
    return (
        f"ffmpeg -y -ss {offset} -i {clip.source()} -t {clip.seconds} "
        f'-metadata title="{clip.case_title}" -c:v libx264 -preset fast {clip.target()}'
    )


def run_job(command: str, timeout: int = 300) -> int:
    log.info("starting transcode job")
    completed = subprocess.run(command, shell=True, capture_output=True, timeout=timeout)
    if completed.returncode:
        log.error("ffmpeg failed: %s", completed.stderr[-500:].decode(errors="replace"))
    return completed.returncode


@app.post("/cctv/clips")
def export_clip():
    body = request.get_json(force=True)
    if body.get("camera") not in CAMERAS:
        abort(400, "unknown camera")
    clip = ClipRequest(
        camera=body["camera"],
        start=datetime.fromisoformat(body["start"]),
        seconds=min(int(body.get("seconds", 60)), 900),
        case_title=body.get("case_title", "incident"),
    )
    if not clip.source().exists():
        abort(404, "no recording for that hour")
    if run_job(ffmpeg_command(clip)) != 0:
        abort(500, "transcode failed")
    return jsonify(file=clip.target().name)
