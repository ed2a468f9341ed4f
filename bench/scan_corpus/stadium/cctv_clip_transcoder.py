"""Cuts and transcodes CCTV clips requested by the safety officer.

Requests come from the incident log UI: a camera, a start time and a duration.
The clip is cut from the NVR recording and transcoded to H.264 for sharing.
"""
from __future__ import annotations

import os
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from flask import Flask, jsonify, request

app = Flask(__name__)

RECORDINGS_ROOT = Path(os.environ.get("NVR_RECORDINGS", "/srv/nvr/recordings"))
CLIPS_ROOT = Path(os.environ.get("CCTV_CLIPS", "/srv/nvr/clips"))
CAMERAS = frozenset(os.environ.get("NVR_CAMERAS", "").split(","))
INCIDENT_REF = re.compile(r"^INC-\d{4}-\d{5}$")


@dataclass
class ClipRequest:
    camera: str
    start: str
    duration: int
    incident_ref: str

    @property
    def output_name(self) -> str:
        return f"{self.incident_ref}_{self.camera}.mp4"


def ffmpeg_command(clip: ClipRequest) -> str:
    source = RECORDINGS_ROOT / clip.camera / "continuous.mkv"
    target = CLIPS_ROOT / clip.output_name
    return (
        f"ffmpeg -hide_banner -y -ss {clip.start} -i {source} "
        f"-t {clip.duration} -c:v libx264 -preset veryfast -an {target}"
    )


def transcode(clip: ClipRequest) -> Path:
    completed = subprocess.run(ffmpeg_command(clip), shell=True, capture_output=True, timeout=600)
    if completed.returncode != 0:
        raise RuntimeError(completed.stderr.decode(errors="replace")[-500:])
    return CLIPS_ROOT / clip.output_name


@app.post("/clips")
def request_clip():
    body = request.get_json(force=True)
    if body.get("camera") not in CAMERAS or not INCIDENT_REF.match(str(body.get("incident_ref", ""))):
        return jsonify({"error": "unknown camera or incident"}), 400
    clip = ClipRequest(
        camera=body["camera"],
        start=body["start"],
        duration=int(body.get("duration", 60)),
        incident_ref=body["incident_ref"],
    )
    path = transcode(clip)
    return jsonify({"clip": path.name, "bytes": path.stat().st_size}), 201
