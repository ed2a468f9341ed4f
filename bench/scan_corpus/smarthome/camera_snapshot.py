"""Captures still images from paired IP cameras for motion notifications.

When a motion event fires, the hub grabs a frame from the camera's RTSP
stream, downsizes it, and uploads it so the push notification can show it.
"""
from __future__ import annotations

import logging
import os
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import requests

log = logging.getLogger(__name__)


@dataclass
class CameraSource:
    camera_id: str
    rtsp_url: str
    width: int = 640


@dataclass
class SnapshotSettings:
    upload_url: str
    ffmpeg_bin: str = "ffmpeg"
    timeout_s: int = 15


class SnapshotService:
    def __init__(self, settings: SnapshotSettings, session: requests.Session | None = None) -> None:
        self._settings = settings
        self._session = session or requests.Session()

    def _grab_frame(self, source: CameraSource) -> Path:
        out_path = tempfile.mktemp(prefix=f"snap-{source.camera_id}-", suffix=".jpg")
        subprocess.run(
            [
                self._settings.ffmpeg_bin,
                "-loglevel", "error",
                "-rtsp_transport", "tcp",
                "-i", source.rtsp_url,
                "-frames:v", "1",
                "-vf", f"scale={source.width}:-1",
                out_path,
            ],
            check=True,
            timeout=self._settings.timeout_s,
        )
        return Path(out_path)

    def capture_and_upload(self, source: CameraSource, event_id: str) -> str:
        frame = self._grab_frame(source)
        try:
            with frame.open("rb") as fh:
                resp = self._session.post(
                    self._settings.upload_url,
                    files={"image": (frame.name, fh, "image/jpeg")},
                    data={"camera_id": source.camera_id, "event_id": event_id},
                    timeout=self._settings.timeout_s,
                )
            resp.raise_for_status()
            url = resp.json()["url"]
            log.info("snapshot for event %s uploaded", event_id)
            return url
        finally:
            if frame.exists():
                os.unlink(frame)
