"""Grabs still frames from depot yard cameras to show salt pile levels on the dashboard."""
from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path


@dataclass(frozen=True)
class YardCamera:
    camera_id: str
    rtsp_url: str


class CameraRegistry:
    def __init__(self, cameras: dict[str, YardCamera]) -> None:
        self._cameras = cameras

    @classmethod
    def from_env(cls) -> "CameraRegistry":
        cams = {}
        for item in os.environ.get("YARD_CAMERAS", "").split(";"):
            if "=" in item:
                cam_id, url = item.split("=", 1)
                cams[cam_id.strip()] = YardCamera(cam_id.strip(), url.strip())
        return cls(cams)

    def get(self, camera_id: str) -> YardCamera:
        if camera_id not in self._cameras:
            raise KeyError(f"unknown camera {camera_id}")
        return self._cameras[camera_id]


class FrameGrabber:
    ffmpeg = os.environ.get("FFMPEG_BIN", "ffmpeg")

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir
        self.out_dir.mkdir(parents=True, exist_ok=True)

    def _argv(self, cam: YardCamera, target: Path) -> list[str]:
        return [
            self.ffmpeg, "-nostdin", "-loglevel", "error",
            "-rtsp_transport", "tcp", "-i", cam.rtsp_url,
            "-frames:v", "1", "-q:v", "3", "-y", str(target),
        ]

    def grab(self, cam: YardCamera) -> Path:
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
        target = self.out_dir / f"{cam.camera_id}-{stamp}.jpg"
        subprocess.run(self._argv(cam, target), check=True, timeout=30, capture_output=True)
        return target


def snapshot(camera_id: str) -> Path:
    registry = CameraRegistry.from_env()
    grabber = FrameGrabber(Path(os.environ.get("YARD_SNAPSHOT_DIR", "/var/lib/winter/yard")))
    return grabber.grab(registry.get(camera_id))
