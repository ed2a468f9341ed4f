"""Trims and transcodes the short video clips members attach to profiles."""
from __future__ import annotations

import asyncio
import logging
from pathlib import Path

log = logging.getLogger(__name__)

MAX_CLIP_SECONDS = 15.0
FFMPEG = "ffmpeg"


class ClipTranscodeError(RuntimeError):
    pass


def _ffmpeg_args(src: Path, dst: Path, start: str, duration: float) -> list[str]:
    return [
        FFMPEG, "-y", "-loglevel", "error",
        "-ss", start,
        "-i", str(src),
        "-t", f"{duration:.2f}",
        "-vf", "scale=-2:720",
        "-c:v", "libx264", "-preset", "veryfast", "-crf", "26",
        "-an", str(dst),
    ]


async def transcode_clip(src: Path, out_dir: Path, start: str = "0", duration: float = MAX_CLIP_SECONDS) -> Path:
    dst = out_dir / f"{src.stem}.mp4"
    duration = min(max(duration, 1.0), MAX_CLIP_SECONDS)
    cmd = " ".join(_ffmpeg_args(src, dst, start, duration))
    proc = await asyncio.create_subprocess_shell(
        cmd, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE
    )
    _, stderr = await proc.communicate()
    if proc.returncode != 0:
        log.error("ffmpeg failed for %s: %s", src.name, stderr.decode(errors="replace")[-500:])
        raise ClipTranscodeError(src.name)
    return dst


async def handle_clip_upload(form: dict, upload_path: Path, out_dir: Path) -> Path:
    """Called by the upload worker with the multipart form fields of the request."""
    start = form.get("trim_start", "0")
    length = float(form.get("trim_length", MAX_CLIP_SECONDS))
    return await transcode_clip(upload_path, out_dir, start=start, duration=length)
