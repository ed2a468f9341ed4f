"""Generates poster thumbnails for trip videos uploaded by members."""
from __future__ import annotations

import logging
import os
import shutil
import subprocess
import uuid
from pathlib import Path

from flask import Blueprint, abort, g, jsonify, request
from werkzeug.utils import secure_filename

bp = Blueprint("trip_videos", __name__)
log = logging.getLogger(__name__)

VIDEO_ROOT = Path(os.environ.get("TRIP_VIDEO_ROOT", "/srv/canoeclub/videos"))
FFMPEG = shutil.which("ffmpeg") or "/usr/bin/ffmpeg"
ALLOWED = {".mp4", ".mov", ".m4v", ".webm"}


def make_thumbnail(video: Path, poster: Path, at_seconds: float = 3.0) -> None:
    subprocess.run(
        [FFMPEG, "-nostdin", "-y", "-ss", f"{at_seconds:.1f}", "-i", str(video),
         "-frames:v", "1", "-vf", "scale=640:-2", str(poster)],
        check=True,
        capture_output=True,
        timeout=60,
    )


@bp.post("/trips/<int:trip_id>/videos")
def upload_video(trip_id: int):
    if getattr(g, "user", None) is None:
        abort(401)
    upload = request.files.get("video")
    if upload is None or not upload.filename:
        abort(400, "no video")
    original = secure_filename(upload.filename)
    suffix = Path(original).suffix.lower()
    if suffix not in ALLOWED:
        abort(415, "unsupported video type")

    folder = VIDEO_ROOT / f"trip-{trip_id}"
    folder.mkdir(parents=True, exist_ok=True)
    stored = folder / f"{uuid.uuid4().hex}{suffix}"
    upload.save(stored)

    offset = float(request.form.get("poster_at", 3.0))
    poster = stored.with_suffix(".jpg")
    try:
        make_thumbnail(stored, poster, at_seconds=max(0.0, min(offset, 600.0)))
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired):
        log.warning("thumbnail failed for %s (uploaded as %s)", stored.name, original)
        poster = None
    return jsonify(video=stored.name, poster=poster.name if poster else None, title=original)
