"""Transcode body-cam / dash-cam clips attached to contested citations.

Hearing officers view clips in the browser, so everything is normalized to
H.264 MP4 at 720p.
"""
import logging
import shlex
import subprocess
from pathlib import Path

log = logging.getLogger(__name__)

FFMPEG = "ffmpeg"
TARGET_HEIGHT = 720


def transcode(src: Path, dst_dir: Path, citation_no: str) -> Path:
    dst = dst_dir / f"{citation_no}.mp4"
    cmd = [
        FFMPEG,
        "-hide_banner",
        "-y",
        "-i", str(src),
        "-vf", f"scale=-2:{TARGET_HEIGHT}",
        "-c:v", "libx264",
        "-preset", "veryfast",
        "-c:a", "aac",
        "-movflags", "+faststart",
        str(dst),
    ]
    log.info("running %s", shlex.join(cmd))
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=900)
    if proc.returncode != 0:
        log.error("ffmpeg failed for %s: %s", src.name, proc.stderr[-2000:])
        raise RuntimeError(f"transcode failed for {src.name}")
    return dst
