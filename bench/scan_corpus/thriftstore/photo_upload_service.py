"""Item photo upload and retrieval for the online listings team.

Volunteers photograph donated items on the intake tablet; the photos are
stored per stock item and later pushed to the marketplace with the listing.
"""
import os
import uuid

from flask import Flask, abort, jsonify, request, send_file
from PIL import Image

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 12 * 1024 * 1024
PHOTO_ROOT = os.environ.get("PHOTO_ROOT", "/srv/thriftstore/photos")

ALLOWED_FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}


def _item_dir(item_id: int) -> str:
    path = os.path.join(PHOTO_ROOT, str(item_id))
    os.makedirs(path, mode=0o750, exist_ok=True)
    return path


@app.post("/items/<int:item_id>/photos")
def upload_photo(item_id: int):
    upload = request.files.get("photo")
    if upload is None:
        abort(400)
    try:
        image = Image.open(upload.stream)
        image.verify()
    except Exception:
        abort(415)
    ext = ALLOWED_FORMATS.get(image.format)
    if ext is None:
        abort(415)
    upload.stream.seek(0)
    name = f"{uuid.uuid4().hex}.{ext}"
    upload.save(os.path.join(_item_dir(item_id), name))
    return jsonify(photo=name), 201


@app.get("/items/<int:item_id>/photos")
def list_photos(item_id: int):
    directory = os.path.join(PHOTO_ROOT, str(item_id))
    if not os.path.isdir(directory):
        return jsonify(photos=[])
    return jsonify(photos=sorted(os.listdir(directory)))


@app.get("/items/<int:item_id>/photos/<path:filename>")
def get_photo(item_id: int, filename: str):
    path = os.path.join(PHOTO_ROOT, str(item_id), filename)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, max_age=3600)
