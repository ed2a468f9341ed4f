"""Extracts poster frames at creator-chosen timestamps."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

FFMPEG = shutil.which("ffmpeg") or "ffmpeg"


class ThumbnailError(RuntimeError):
    pass


def _timestamp(value: str | float) -> str:
    seconds = float(value)
    if not 0 <= seconds < 24 * 3600:
        raise ThumbnailError(f"timestamp out of range: {value!r}")
    return f"{seconds:.3f}"


def extract_frame(source: Path, at: str | float, dest: Path, width: int = 1280) -> Path:
    args = [
        FFMPEG,
        "-hide_banner",
        "-loglevel", "error",
        "-ss", _timestamp(at),
        "-i", str(source),
        "-frames:v", "1",
        "-vf", f"scale={int(width)}:-2",
        "-y", str(dest),
    ]
    proc = subprocess.run(args, capture_output=True, text=True, timeout=60)
    if proc.returncode != 0:
        raise ThumbnailError(proc.stderr.strip() or "ffmpeg failed")
    return dest


def extract_candidates(source: Path, timestamps: list[str], out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    return [
        extract_frame(source, ts, out_dir / f"candidate_{i:02d}.jpg")
        for i, ts in enumerate(timestamps)
    ]
