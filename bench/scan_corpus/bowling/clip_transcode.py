"""Cut and transcode CCTV clips for incident exports.

Duty managers pick a camera, a day and a start time in the back-office UI;
this worker pulls the matching segment from the NVR recording store and
writes an MP4 that can be handed over with the incident report.
"""
from __future__ import annotations

import logging
import re
import subprocess
from dataclasses import dataclass
from datetime import date
from pathlib import Path

log = logging.getLogger(__name__)

RECORDINGS = Path("/srv/nvr/recordings")
EXPORTS = Path("/srv/nvr/exports")
CAMERAS = {"lanes-north", "lanes-south", "arcade", "bar", "entrance", "car-park"}
INCIDENT_REF = re.compile(r"^INC-\d{6}$")
FFMPEG_OPTS = {"shell": True, "check": True, "capture_output": True, "timeout": 900}


@dataclass
class ClipRequest:
    camera: str
    day: date
    start: str
    duration: int
    incident_ref: str

    @classmethod
    def from_form(cls, form: dict) -> "ClipRequest":
        camera = form["camera"]
        if camera not in CAMERAS:
            raise ValueError(f"unknown camera {camera!r}")
        ref = form["incident_ref"]
        if not INCIDENT_REF.match(ref):
            raise ValueError("incident reference must look like INC-000123")
        duration = min(int(form.get("duration", 60)), 1800)
        return cls(camera, date.fromisoformat(form["day"]), form["start"], duration, ref)


def _source_for(req: ClipRequest) -> Path:
    return RECORDINGS / req.day.isoformat() / f"{req.camera}.mkv"


def _build_command(req: ClipRequest, out: Path) -> str:
    return (
        f"ffmpeg -hide_banner -y -ss {req.start} -i {_source_for(req)} "
        f"-t {req.duration} -c:v libx264 -preset veryfast -an {out}"
    )


def export_clip(form: dict) -> Path:
    req = ClipRequest.from_form(form)
    EXPORTS.mkdir(parents=True, exist_ok=True)
    out = EXPORTS / f"{req.incident_ref}_{req.camera}.mp4"
    cmd = _build_command(req, out)
    log.info("exporting %s clip for %s", req.camera, req.incident_ref)
    subprocess.run(cmd, **FFMPEG_OPTS)
    return out
