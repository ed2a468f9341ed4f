"""Transcodes uploaded video clips to the formats served to clients."""

import asyncio
import logging
import uuid
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

FFMPEG = "/usr/bin/ffmpeg"
PROFILES = {
    "720p": ["-vf", "scale=-2:720", "-c:v", "libx264", "-crf", "23", "-preset", "veryfast"],
    "480p": ["-vf", "scale=-2:480", "-c:v", "libx264", "-crf", "26", "-preset", "veryfast"],
}


@dataclass
class ClipUpload:
    id: int
    stored_path: Path
    title: str


class TranscodeError(RuntimeError):
    pass


async def transcode(clip: ClipUpload, out_dir: Path, profile: str = "720p") -> Path:
    if profile not in PROFILES:
        raise ValueError(f"unknown profile {profile}")
    target = out_dir / f"{uuid.uuid4().hex}_{profile}.mp4"
    args = [
        "-nostdin", "-y", "-i", str(clip.stored_path.resolve()),
        *PROFILES[profile],
        "-c:a", "aac", "-b:a", "128k",
        "-metadata", f"title={clip.title[:200]}",
        "-movflags", "+faststart",
        str(target),
    ]
    proc = await asyncio.create_subprocess_exec(
        FFMPEG, *args, stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE
    )
    _, stderr = await proc.communicate()
    if proc.returncode != 0:
        log.error("ffmpeg failed for clip %s: %s", clip.id, stderr.decode(errors="replace")[-400:])
        raise TranscodeError(f"transcode failed for clip {clip.id}")
    return target


async def transcode_all(clip: ClipUpload, out_dir: Path) -> dict[str, Path]:
    results = await asyncio.gather(*(transcode(clip, out_dir, p) for p in PROFILES))
    return dict(zip(PROFILES, results))
