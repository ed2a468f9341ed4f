"""Strip location and device metadata from claim photos before sharing.

Photos forwarded to repairers and third-party insurers must not carry the
policyholder's GPS position. Video clips get a poster frame extracted too.
"""
from __future__ import annotations

import logging
import shlex
import subprocess
from pathlib import Path

log = logging.getLogger(__name__)

EXIFTOOL = "exiftool"
FFMPEG = "ffmpeg"
VIDEO_SUFFIXES = {".mp4", ".mov", ".m4v"}


def _run(args: list[str]) -> subprocess.CompletedProcess:
    log.debug("running %s", shlex.join(args))
    return subprocess.run(args, check=True, capture_output=True, timeout=120)


def scrub_image(path: Path) -> None:
    _run([EXIFTOOL, "-all=", "-tagsfromfile", "@", "-Orientation", "-overwrite_original", "--", str(path)])


def poster_frame(video: Path, out_dir: Path) -> Path:
    target = out_dir / f"{video.stem}-poster.jpg"
    _run([FFMPEG, "-y", "-loglevel", "error", "-ss", "1", "-i", str(video), "-frames:v", "1", str(target)])
    return target


def prepare_for_sharing(files: list[Path], out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    shared: list[Path] = []
    for f in files:
        if f.suffix.lower() in VIDEO_SUFFIXES:
            frame = poster_frame(f, out_dir)
            scrub_image(frame)
            shared.append(frame)
        else:
            scrub_image(f)
            shared.append(f)
    return shared
