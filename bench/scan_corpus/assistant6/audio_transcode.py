"""Transcode uploaded audio to a normalized AAC file."""
import subprocess
from pathlib import Path

from celery import shared_task

from .storage import media_root

FFMPEG = "ffmpeg"


@shared_task
def transcode(upload_id: int, bitrate_k: int = 128) -> str:
    src = Path(media_root()) / "audio" / str(upload_id) / "original"
    dest = src.with_name("normalized.m4a")
    cmd = [FFMPEG, "-y", "-i", str(src), "-c:a", "aac", "-b:a", f"{int(bitrate_k)}k", str(dest)]
    subprocess.run(cmd, check=True, capture_output=True, timeout=300)
    return str(dest)
