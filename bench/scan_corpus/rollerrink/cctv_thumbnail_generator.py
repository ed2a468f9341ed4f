"""Generates preview thumbnails for exported CCTV clips.

The security portal shows a strip of thumbnails next to each exported clip
so managers can check they cut the right moment before sharing it.
"""
from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class ThumbnailSettings:
    ffmpeg: str = shutil.which("ffmpeg") or "/usr/bin/ffmpeg"
    width: int = 320
    frames: int = 6
    timeout: int = 120


class ThumbnailGenerator:
    def __init__(self, export_root: Path, settings: ThumbnailSettings = ThumbnailSettings()) -> None:
        self.export_root = export_root.resolve()
        self.settings = settings

    def _clip(self, clip_name: str) -> Path:
        path = (self.export_root / clip_name).resolve()
        if path.parent != self.export_root or path.suffix != ".mp4":
            raise ValueError("not an exported clip")
        return path

    def _argv(self, clip: Path, pattern: Path, duration: float) -> list[str]:
        interval = max(duration / self.settings.frames, 1.0)
        return [
            self.settings.ffmpeg, "-hide_banner", "-loglevel", "error", "-y",
            "-i", str(clip),
            "-vf", f"fps=1/{interval:.2f},scale={self.settings.width}:-2",
            "-frames:v", str(self.settings.frames),
            str(pattern),
        ]

    def generate(self, clip_name: str, duration: float) -> list[Path]:
        clip = self._clip(clip_name)
        out_dir = clip.with_suffix(".thumbs")
        out_dir.mkdir(exist_ok=True)
        pattern = out_dir / "thumb_%02d.jpg"
        subprocess.run(
            self._argv(clip, pattern, duration),
            check=True,
            capture_output=True,
            timeout=self.settings.timeout,
        )
        return sorted(out_dir.glob("thumb_*.jpg"))
