"""Strips location and device metadata from uploaded profile photos.

Runs in the upload worker before a photo is handed to moderation. Members
often upload photos taken at home, so GPS tags must never be published.
"""
from __future__ import annotations

import logging
import shutil
import subprocess
import uuid
from pathlib import Path

log = logging.getLogger(__name__)

EXIFTOOL = shutil.which("exiftool") or "/usr/bin/exiftool"
TIMEOUT_SECONDS = 30


class MetadataStripError(RuntimeError):
    pass


def strip_metadata(src: Path, work_dir: Path) -> Path:
    """Copy ``src`` into ``work_dir`` under a generated name and scrub it in place."""
    dst = work_dir / f"{uuid.uuid4().hex}{src.suffix.lower()}"
    shutil.copyfile(src, dst)
    cmd = [
        EXIFTOOL,
        "-all=",
        "-tagsfromfile", "@",
        "-Orientation",
        "-overwrite_original",
        str(dst),
    ]
    try:
        subprocess.run(cmd, check=True, capture_output=True, timeout=TIMEOUT_SECONDS)
    except subprocess.CalledProcessError as exc:
        log.error("exiftool exited %s: %s", exc.returncode, exc.stderr.decode(errors="replace")[-300:])
        dst.unlink(missing_ok=True)
        raise MetadataStripError(src.name) from exc
    except subprocess.TimeoutExpired as exc:
        dst.unlink(missing_ok=True)
        raise MetadataStripError(f"timeout on {src.name}") from exc
    return dst


def has_gps_tags(path: Path) -> bool:
    result = subprocess.run(
        [EXIFTOOL, "-s3", "-GPSLatitude", str(path)],
        check=False, capture_output=True, text=True, timeout=TIMEOUT_SECONDS,
    )
    return bool(result.stdout.strip())
