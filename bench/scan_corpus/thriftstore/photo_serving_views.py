"""Serves item photos to the listings editor and the shop-floor kiosk."""
import os

from flask import Flask, abort, jsonify, request, send_from_directory
from werkzeug.utils import secure_filename

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 12 * 1024 * 1024
PHOTO_ROOT = os.environ.get("PHOTO_ROOT", "/srv/thriftstore/photos")

ALLOWED_EXTENSIONS = {".jpg", ".jpeg", ".png", ".webp"}


def _item_folder(item_id: int) -> str:
    return os.path.join(PHOTO_ROOT, str(item_id))


@app.get("/items/<int:item_id>/photos/<path:filename>")
def get_photo(item_id: int, filename: str):
    return send_from_directory(_item_folder(item_id), filename, max_age=3600)


@app.get("/items/<int:item_id>/photos")
def list_photos(item_id: int):
    folder = _item_folder(item_id)
    if not os.path.isdir(folder):
        return jsonify(photos=[])
    names = [n for n in sorted(os.listdir(folder)) if os.path.splitext(n)[1].lower() in ALLOWED_EXTENSIONS]
    return jsonify(photos=names)


@app.post("/items/<int:item_id>/photos")
def add_photo(item_id: int):
    upload = request.files.get("photo")
    if upload is None or not upload.filename:
        abort(400)
    name = secure_filename(upload.filename)
    if not name or os.path.splitext(name)[1].lower() not in ALLOWED_EXTENSIONS:
        abort(415)
    folder = _item_folder(item_id)
    os.makedirs(folder, mode=0o750, exist_ok=True)
    target = os.path.join(folder, name)
    if os.path.exists(target):
        return jsonify(error="a photo with that name already exists"), 409
    upload.save(target)
    return jsonify(photo=name), 201
