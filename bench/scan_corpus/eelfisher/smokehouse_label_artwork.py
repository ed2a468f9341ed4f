"""Upload of label artwork for smokehouse product lines.

Marketing uploads new pack-label artwork (smoked eel fillet, whole smoked
eel, eel pâté) for the label printer. Artwork is stored in the shared label
folder that the print server reads from.
"""

import os
import uuid
from dataclasses import dataclass

from flask import Blueprint, abort, current_app, request
from werkzeug.utils import secure_filename

bp = Blueprint("label_artwork", __name__)

ARTWORK_TYPES = {"pdf", "png", "svg"}
PRODUCT_LINES = {"fillet", "whole", "pate", "trout"}


@dataclass
class StoredArtwork:
    product_line: str
    original_name: str
    stored_name: str


def artwork_folder(product_line: str) -> str:
    if product_line not in PRODUCT_LINES:
        abort(400, "unknown product line")
    return os.path.join(current_app.config["LABEL_ARTWORK_ROOT"], product_line)


def store(product_line: str, upload) -> StoredArtwork:
    original = secure_filename(upload.filename or "")
    ext = original.rsplit(".", 1)[-1].lower() if "." in original else ""
    if ext not in ARTWORK_TYPES:
        abort(415)
    stored_name = f"{uuid.uuid4().hex}_{original}"
    folder = artwork_folder(product_line)
    os.makedirs(folder, exist_ok=True)
    upload.save(os.path.join(folder, stored_name))
    return StoredArtwork(product_line, original, stored_name)


@bp.post("/labels/<product_line>/artwork")
def upload_artwork(product_line: str):
    upload = request.files.get("artwork")
    if upload is None:
        abort(400)
    stored = store(product_line, upload)
    return {"product_line": stored.product_line, "file": stored.stored_name}, 201
