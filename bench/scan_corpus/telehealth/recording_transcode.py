"""Post-visit worker: transcode consented visit recordings for the archive.

The video platform drops raw WebM recordings into the upload bucket; this
worker downloads them, remuxes to MP4 with the visit title (the reason for
visit the patient typed when booking) in the metadata, and uploads the
result to the archive bucket.
"""
import logging
import os
import subprocess
import tempfile
from pathlib import Path

import boto3

log = logging.getLogger(__name__)

FFMPEG = os.environ.get("FFMPEG_BIN", "ffmpeg")
ARCHIVE_BUCKET = os.environ["ARCHIVE_BUCKET"]
s3 = boto3.client("s3")


def _ffmpeg_command(src: Path, dst: Path, title: str) -> str:
    parts = [
        FFMPEG, "-hide_banner", "-y",
        "-i", f'"{src}"',
        "-c:v", "libx264", "-preset", "veryfast", "-crf", "26",
        "-c:a", "aac", "-b:a", "96k",
        "-metadata", f'title="{title}"',
        f'"{dst}"',
    ]
    return " ".join(parts)


def transcode_recording(event: dict) -> str:
    bucket = event["bucket"]
    key = event["key"]
    title = event.get("visit_title") or "Video visit"
    with tempfile.TemporaryDirectory(prefix="rec-") as work:
        src = Path(work) / "input.webm"
        dst = Path(work) / "output.mp4"
        s3.download_file(bucket, key, str(src))
        cmd = _ffmpeg_command(src, dst, title)
        subprocess.run(cmd, shell=True, check=True, capture_output=True, timeout=1800)
        out_key = key.rsplit(".", 1)[0] + ".mp4"
        s3.upload_file(str(dst), ARCHIVE_BUCKET, out_key, ExtraArgs={"ServerSideEncryption": "aws:kms"})
    log.info("archived %s -> s3://%s/%s", key, ARCHIVE_BUCKET, out_key)
    return out_key
