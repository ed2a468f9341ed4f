"""Upload of crust and finished-leather grading photographs.

Graders photograph each side after staking and buffing to record the grade
(A to D) and any defects; photos are attached to the side's record and shown
to the buyer on the portal.
"""
import os
import uuid
from pathlib import Path

from flask import Flask, abort, jsonify, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
PHOTO_ROOT = Path(os.environ.get("GRADING_PHOTO_ROOT", "/srv/tanyard/grading"))
IMAGE_EXTENSIONS = {".jpg", ".jpeg", ".png"}


def stored_name(original: str) -> str:
    cleaned = secure_filename(original)
    ext = Path(cleaned).suffix.lower()
    if ext not in IMAGE_EXTENSIONS:
        abort(400, "Only JPEG or PNG photographs are accepted")
    return f"{uuid.uuid4().hex}{ext}"


@app.post("/sides/<int:side_id>/photos")
def upload_photo(side_id: int):
    photo = request.files.get("photo")
    if photo is None or not photo.filename:
        abort(400, "No photograph supplied")
    name = stored_name(photo.filename)
    folder = PHOTO_ROOT / str(side_id)
    folder.mkdir(parents=True, exist_ok=True)
    photo.save(folder / name)
    return jsonify({"side": side_id, "photo": name, "original": secure_filename(photo.filename)}), 201
