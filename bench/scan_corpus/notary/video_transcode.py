"""Transcodes raw session recordings into the archival MP4 profile."""
import asyncio
import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)

FFMPEG = os.environ.get("FFMPEG_BIN", "ffmpeg")
ARCHIVE_PROFILE = [
    "-c:v", "libx264", "-preset", "medium", "-crf", "23",
    "-c:a", "aac", "-b:a", "128k",
    "-movflags", "+faststart",
]


class TranscodeError(RuntimeError):
    pass


async def transcode(raw: Path, out_dir: Path, session_title: str) -> Path:
    out = out_dir / f"{raw.stem}.mp4"
    args = [
        FFMPEG, "-hide_banner", "-nostdin", "-y",
        "-i", str(raw),
        *ARCHIVE_PROFILE,
        "-metadata", f"title={session_title}",
        str(out),
    ]
    proc = await asyncio.create_subprocess_exec(
        *args,
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.PIPE,
    )
    _, err = await proc.communicate()
    if proc.returncode != 0:
        raise TranscodeError(err.decode(errors="replace")[-2000:])
    log.info("transcoded %s -> %s", raw.name, out.name)
    return out
