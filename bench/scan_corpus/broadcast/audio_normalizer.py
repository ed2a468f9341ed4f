"""Loudness-normalises podcast episodes before they are published to the CDN origin.

Invoked by the publishing pipeline with the episode record; titles and show
names come from the CMS and are written into the ID3 tags.
"""
from __future__ import annotations

import logging
import os
import shlex
import subprocess
from pathlib import Path

log = logging.getLogger(__name__)

FFMPEG = os.environ.get("FFMPEG_BIN", "ffmpeg")
TARGET_LUFS = -16


def normalize_episode(src: Path, dst: Path, title: str, show: str, episode_no: int) -> Path:
    args = [
        FFMPEG, "-hide_banner", "-nostdin", "-y",
        "-i", str(src),
        "-af", f"loudnorm=I={TARGET_LUFS}:TP=-1.5:LRA=11",
        "-ar", "44100", "-c:a", "libmp3lame", "-b:a", "128k",
        "-metadata", f"title={title}",
        "-metadata", f"album={show}",
        "-metadata", f"track={episode_no}",
        "--", str(dst),
    ]
    log.debug("running %s", shlex.join(args))
    proc = subprocess.run(args, capture_output=True, text=True, timeout=1800)
    if proc.returncode != 0:
        log.error("ffmpeg failed for %s: %s", src.name, proc.stderr[-2000:])
        raise RuntimeError(f"normalisation failed for {src.name}")
    return dst


def probe_duration(path: Path) -> float:
    out = subprocess.run(
        ["ffprobe", "-v", "error", "-show_entries", "format=duration",
         "-of", "default=nw=1:nk=1", str(path)],
        capture_output=True, text=True, check=True, timeout=60,
    )
    return float(out.stdout.strip())
