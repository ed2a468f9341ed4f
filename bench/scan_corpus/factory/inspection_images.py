"""Stores defect images uploaded by the vision inspection stations."""
import os
import re
import uuid
from pathlib import Path

from flask import Flask, abort, jsonify, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
IMAGE_ROOT = Path(os.environ.get("INSPECTION_IMAGE_ROOT", "/srv/inspection/images")).resolve()
STATION_RE = re.compile(r"^[A-Z0-9_-]{1,32}$")
ALLOWED_EXT = {".png", ".jpg", ".jpeg", ".bmp"}


@app.post("/inspections/<station>/images")
def upload(station: str):
    if not STATION_RE.fullmatch(station):
        abort(400)
    image = request.files.get("image")
    if image is None:
        abort(400)
    ext = Path(secure_filename(image.filename or "")).suffix.lower()
    if ext not in ALLOWED_EXT:
        abort(415)
    target_dir = (IMAGE_ROOT / station).resolve()
    if not target_dir.is_relative_to(IMAGE_ROOT):
        abort(400)
    target_dir.mkdir(parents=True, exist_ok=True)
    dest = target_dir / f"{uuid.uuid4().hex}{ext}"
    image.save(dest)
    return jsonify({"id": dest.stem, "station": station}), 201
