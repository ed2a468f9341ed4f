"""Admin upload of product photos for the farm shop catalogue."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, request
from werkzeug.utils import secure_filename

bp = Blueprint("product_images", __name__, url_prefix="/admin/products")

ALLOWED_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp"}
MAX_BYTES = 8 * 1024 * 1024


@dataclass
class ImageStore:
    root: Path

    @classmethod
    def from_config(cls) -> "ImageStore":
        return cls(Path(current_app.config["PRODUCT_IMAGE_ROOT"]).resolve())

    def target_for(self, sku: str, original_name: str) -> Path:
        cleaned = secure_filename(original_name) or "image"
        suffix = Path(cleaned).suffix.lower()
        if suffix not in ALLOWED_SUFFIXES:
            raise ValueError("unsupported image type")
        folder = (self.root / secure_filename(sku)).resolve()
        if not folder.is_relative_to(self.root):
            raise ValueError("bad sku")
        folder.mkdir(parents=True, exist_ok=True)
        return folder / f"{uuid.uuid4().hex}{suffix}"

    def save(self, sku: str, original_name: str, data: bytes) -> Path:
        target = self.target_for(sku, original_name)
        target.write_bytes(data)
        return target


@bp.post("/<sku>/images")
def upload_image(sku: str):
    upload = request.files.get("image")
    if upload is None or not upload.filename:
        abort(400)
    data = upload.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        return jsonify(error="image too large"), 413
    try:
        stored = ImageStore.from_config().save(sku, upload.filename, data)
    except ValueError as exc:
        return jsonify(error=str(exc)), 400
    return jsonify(image=stored.name), 201
