"""Grabs a still from a rink-side camera for the live ice-condition page."""
from __future__ import annotations

import os
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

CAMERA_ID = re.compile(r"^[a-z0-9-]{1,32}$")


@dataclass(frozen=True)
class CameraSettings:
    ffmpeg: str = os.environ.get("FFMPEG_BIN", "/usr/bin/ffmpeg")
    snapshot_dir: Path = Path(os.environ.get("SNAPSHOT_DIR", "/srv/rink/snapshots"))
    stream_template: str = os.environ.get("CAMERA_STREAM_TEMPLATE", "")
    timeout_s: int = 20


def snapshot(camera_id: str, settings: CameraSettings | None = None) -> Path:
    settings = settings or CameraSettings()
    if not CAMERA_ID.fullmatch(camera_id):
        raise ValueError(f"unknown camera id {camera_id!r}")
    settings.snapshot_dir.mkdir(parents=True, exist_ok=True)
    out = settings.snapshot_dir / f"{camera_id}.jpg"
    stream_url = settings.stream_template.format(camera=camera_id)
    argv = [
        settings.ffmpeg,
        "-hide_banner",
        "-loglevel", "error",
        "-rtsp_transport", "tcp",
        "-i", stream_url,
        "-frames:v", "1",
        "-y",
        str(out),
    ]
    subprocess.run(argv, check=True, timeout=settings.timeout_s, capture_output=True)
    return out


if __name__ == "__main__":
    import sys

    for cam in sys.argv[1:]:
        print(snapshot(cam))
