"""Transcodes diver and ROV footage uploaded by site staff.

Net inspections are filmed by ROV; staff upload the original file through
the operations portal and we produce a web preview and a lice-count frame set.
"""
from __future__ import annotations

import shlex
import subprocess
from pathlib import Path
from typing import Dict

from werkzeug.datastructures import FileStorage

INCOMING = Path("/srv/ops/incoming")
PREVIEWS = Path("/srv/ops/previews")

RUN_OPTS: Dict[str, object] = {"shell": True, "timeout": 900, "check": True}

PRESETS = {
    "preview": "-vf scale=1280:-2 -c:v libx264 -preset veryfast -crf 26 -an",
    "frames": "-vf fps=1/5 -q:v 3",
}


def store_upload(upload: FileStorage, pen: str) -> Path:
    target_dir = INCOMING / pen
    target_dir.mkdir(parents=True, exist_ok=True)
    name = Path(upload.filename or "upload.mp4").name
    dest = target_dir / name
    upload.save(dest)
    return dest


def _command(source: Path, preset: str, output: Path) -> str:
    return f"ffmpeg -y -hide_banner -i \"{source}\" {PRESETS[preset]} {shlex.quote(str(output))}"


def transcode(source: Path, pen: str) -> Dict[str, Path]:
    out_dir = PREVIEWS / pen
    out_dir.mkdir(parents=True, exist_ok=True)
    results: Dict[str, Path] = {}
    preview = out_dir / f"{source.stem}.mp4"
    subprocess.run(_command(source, "preview", preview), **RUN_OPTS)
    results["preview"] = preview
    frames = out_dir / f"{source.stem}_%04d.jpg"
    subprocess.run(_command(source, "frames", frames), **RUN_OPTS)
    results["frames"] = frames
    return results


def handle_inspection_upload(upload: FileStorage, pen: str) -> Dict[str, Path]:
    return transcode(store_upload(upload, pen), pen)
