"""Generates poster-frame thumbnails for uploaded video creatives.

The portal shows a thumbnail next to each creative; it is grabbed from the
second second of the clip with ffmpeg and stored next to the original.
"""
from __future__ import annotations

import logging
import os
import subprocess
import tempfile
from pathlib import Path

import boto3

log = logging.getLogger(__name__)

FFMPEG = os.environ.get("FFMPEG_BIN", "ffmpeg")
THUMB_WIDTH = 480


def grab_frame(src: Path, dst: Path, at_seconds: float = 2.0) -> None:
    subprocess.run(
        [
            FFMPEG, "-y", "-loglevel", "error",
            "-ss", f"{at_seconds:.2f}",
            "-i", str(src),
            "-frames:v", "1",
            "-vf", f"scale={THUMB_WIDTH}:-2",
            str(dst),
        ],
        check=True,
        timeout=120,
    )


def thumbnail_for(bucket: str, key: str, original_filename: str) -> str:
    """Download `key`, grab a frame and upload the JPEG; return the thumbnail key."""
    s3 = boto3.client("s3")
    suffix = Path(original_filename).suffix.lower() or ".mp4"
    with tempfile.TemporaryDirectory(prefix="thumb-") as work:
        src = Path(work) / f"source{suffix}"
        dst = Path(work) / "thumb.jpg"
        s3.download_file(bucket, key, str(src))
        try:
            grab_frame(src, dst)
        except subprocess.CalledProcessError:
            log.warning("no frame at 2s for %s (%s), retrying at 0s", key, original_filename)
            grab_frame(src, dst, at_seconds=0.0)
        thumb_key = f"{key.rsplit('.', 1)[0]}.thumb.jpg"
        s3.upload_file(str(dst), bucket, thumb_key, ExtraArgs={"ContentType": "image/jpeg"})
    return thumb_key
