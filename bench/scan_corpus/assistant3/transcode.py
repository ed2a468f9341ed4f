"""Worker step: transcode uploaded videos to 720p MP4."""
from __future__ import annotations

import logging
import shutil
import subprocess
from pathlib import Path

log = logging.getLogger(__name__)

FFMPEG = shutil.which("ffmpeg") or "/usr/bin/ffmpeg"


def transcode(src: Path, dest_dir: Path, crf: int = 23) -> Path:
    dest = dest_dir / f"{src.stem}.mp4"
    cmd = [
        FFMPEG, "-nostdin", "-y",
        "-i", str(src),
        "-vf", "scale=-2:720",
        "-c:v", "libx264", "-crf", str(crf),
        "-c:a", "aac",
        str(dest),
    ]
    log.info("transcoding %s -> %s", src.name, dest.name)
    subprocess.run(cmd, check=True, capture_output=True, timeout=1800)
    return dest
