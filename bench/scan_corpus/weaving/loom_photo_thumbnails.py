"""Makes thumbnails of work-in-progress photos students post to the class board."""
from __future__ import annotations

import logging
import os
import subprocess
import uuid
from pathlib import Path

from flask import Flask, abort, jsonify, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
log = logging.getLogger("thumbs")

PHOTO_DIR = Path(os.environ.get("CLASS_PHOTO_DIR", "/srv/weaving/class-photos"))
THUMB_DIR = Path(os.environ.get("CLASS_THUMB_DIR", "/srv/weaving/class-thumbs"))
CONVERT = os.environ.get("MAGICK_BIN", "/usr/bin/convert")
ALLOWED = {".jpg", ".jpeg", ".png", ".heic"}


def make_thumbnail(source: Path, size: int = 320) -> Path:
    target = THUMB_DIR / f"{uuid.uuid4().hex}.jpg"
    args = [CONVERT, str(source), "-auto-orient", "-thumbnail", f"{size}x{size}>", str(target)]
    subprocess.run(args, check=True, timeout=60, capture_output=True)
    return target


@app.post("/board/photos")
def upload_photo():
    upload = request.files.get("photo")
    if upload is None:
        abort(400, "photo required")
    name = secure_filename(upload.filename or "")
    suffix = Path(name).suffix.lower()
    if suffix not in ALLOWED:
        abort(415)
    stored = PHOTO_DIR / f"{uuid.uuid4().hex}{suffix}"
    upload.save(stored)
    try:
        size = max(64, min(int(request.form.get("size", 320)), 1024))
        thumb = make_thumbnail(stored, size)
    except (subprocess.SubprocessError, ValueError):
        log.exception("thumbnail failed for %s", stored.name)
        abort(422, "could not process photo")
    return jsonify(photo=stored.name, thumbnail=thumb.name, original_name=name), 201
