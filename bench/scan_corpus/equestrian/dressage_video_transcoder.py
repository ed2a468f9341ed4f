"""Transcodes dressage test videos uploaded by riders for online judging.

Riders upload phone footage of their test; it is normalised to 720p H.264 so
the online judges' player handles every file the same way.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import List

FFMPEG = shutil.which("ffmpeg") or "/usr/bin/ffmpeg"
ENTRY_ID = re.compile(r"^[A-Z]{2}\d{6}$")


@dataclass(frozen=True)
class TranscodeProfile:
    height: int = 720
    crf: int = 23
    preset: str = "medium"
    audio_bitrate: str = "96k"


def build_args(source: Path, target: Path, rider_title: str, profile: TranscodeProfile) -> List[str]:
    return [
        FFMPEG,
        "-hide_banner",
        "-y",
        "-i", str(source),
        "-vf", f"scale=-2:{profile.height}",
        "-c:v", "libx264",
        "-preset", profile.preset,
        "-crf", str(profile.crf),
        "-c:a", "aac",
        "-b:a", profile.audio_bitrate,
        "-metadata", f"title={rider_title}",
        str(target),
    ]


def transcode_entry(entry_id: str, source: Path, out_dir: Path, rider_title: str,
                    profile: TranscodeProfile = TranscodeProfile()) -> Path:
    if not ENTRY_ID.match(entry_id):
        raise ValueError("entry id must look like AB123456")
    target = out_dir / f"{entry_id}.mp4"
    result = subprocess.run(
        build_args(source, target, rider_title, profile),
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(f"ffmpeg failed for {entry_id}: {result.stderr[-500:]}")
    return target
