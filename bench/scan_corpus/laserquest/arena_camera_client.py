"""Records arena camera RTSP streams into per-session highlight files with ffmpeg."""
from __future__ import annotations

import logging
import os
import subprocess
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

log = logging.getLogger("laserquest.cameras")


@dataclass(frozen=True)
class CameraConfig:
    name: str
    host: str
    username: str
    password: str
    port: int = 554
    stream_path: str = "Streaming/Channels/101"

    @classmethod
    def from_env(cls, name: str) -> "CameraConfig":
        prefix = f"CAMERA_{name.upper()}_"
        return cls(
            name=name,
            host=os.environ[prefix + "HOST"],
            username=os.environ[prefix + "USER"],
            password=os.environ[prefix + "PASSWORD"],
        )

    @property
    def rtsp_url(self) -> str:
        return (
            f"rtsp://{quote(self.username)}:{quote(self.password)}@"
            f"{self.host}:{self.port}/{self.stream_path}"
        )


class SessionRecorder:
    def __init__(self, output_root: Path, cameras: list[CameraConfig]) -> None:
        self.output_root = output_root
        self.cameras = cameras
        self._procs: dict[str, subprocess.Popen] = {}

    def start(self, session_id: int, max_seconds: int = 900) -> None:
        target_dir = self.output_root / f"{session_id:08d}"
        target_dir.mkdir(parents=True, exist_ok=True)
        for cam in self.cameras:
            out_file = target_dir / f"{cam.name}.mp4"
            log.info("recording camera %s from %s into %s", cam.name, cam.rtsp_url, out_file)
            self._procs[cam.name] = subprocess.Popen(
                [
                    "ffmpeg", "-nostdin", "-loglevel", "error",
                    "-rtsp_transport", "tcp", "-i", cam.rtsp_url,
                    "-t", str(max_seconds), "-c", "copy", str(out_file),
                ],
                stdout=subprocess.DEVNULL,
            )

    def stop(self) -> dict[str, int]:
        codes = {}
        for name, proc in self._procs.items():
            proc.terminate()
            try:
                codes[name] = proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                codes[name] = proc.wait()
        self._procs.clear()
        log.info("stopped %d camera recordings", len(codes))
        return codes
