"""Upload of artwork for engraved spur straps and stirrup treads.

Customers ordering personalised pieces (yard crests, initials, show
numbers) upload a logo which the engraver pulls into the laser software.
"""
import os
import uuid
from dataclasses import dataclass

from flask import Flask, abort, jsonify, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 8 * 1024 * 1024
ARTWORK_DIR = os.environ.get("ENGRAVING_ARTWORK_DIR", "/srv/lorimer/engraving")
ALLOWED_EXTENSIONS = {"svg", "png", "pdf", "ai", "eps"}


@dataclass
class StoredArtwork:
    order_line: int
    original_name: str
    stored_as: str


def allowed(filename: str) -> bool:
    return "." in filename and filename.rsplit(".", 1)[1].lower() in ALLOWED_EXTENSIONS


def store(order_line: int, upload) -> StoredArtwork:
    cleaned = secure_filename(upload.filename or "")
    if not cleaned or not allowed(cleaned):
        abort(415, "Please upload SVG, PNG, PDF, AI or EPS artwork")
    folder = os.path.join(ARTWORK_DIR, f"line-{order_line}")
    os.makedirs(folder, exist_ok=True)
    stored_as = f"{uuid.uuid4().hex[:8]}-{cleaned}"
    upload.save(os.path.join(folder, stored_as))
    return StoredArtwork(order_line, upload.filename, stored_as)


@app.post("/orders/<int:order_id>/lines/<int:line_id>/artwork")
def upload_artwork(order_id: int, line_id: int):
    upload = request.files.get("artwork")
    if upload is None:
        abort(400, "No artwork file")
    saved = store(line_id, upload)
    return jsonify(
        order=order_id,
        line=saved.order_line,
        file=saved.stored_as,
        original=saved.original_name,
    ), 201
