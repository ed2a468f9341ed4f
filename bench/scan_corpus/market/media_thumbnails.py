"""Generates preview thumbnails for gig portfolio videos."""
import os
import subprocess
from pathlib import Path

UPLOAD_ROOT = Path(os.environ.get("UPLOAD_ROOT", "/srv/marketplace/uploads"))
THUMB_ROOT = UPLOAD_ROOT / "thumbs"
FFMPEG = os.environ.get("FFMPEG_BIN", "ffmpeg")


def thumbnail_path(gig_id: int, original_name: str) -> Path:
    return THUMB_ROOT / f"{gig_id}_{Path(original_name).stem}.jpg"


def make_thumbnail(gig_id: int, original_name: str, at_second: int = 2) -> Path:
    src = UPLOAD_ROOT / str(gig_id) / Path(original_name).name
    dst = thumbnail_path(gig_id, original_name)
    dst.parent.mkdir(parents=True, exist_ok=True)
    cmd = f'{FFMPEG} -y -ss {at_second} -i "{src}" -frames:v 1 -vf scale=480:-1 "{dst}"'
    subprocess.run(cmd, shell=True, check=True, timeout=60)
    return dst
