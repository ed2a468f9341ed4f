"""Bulk product image import: users upload a zip of images named by SKU."""
import os
import shutil
import tempfile
import zipfile

from flask import Blueprint, abort, current_app, jsonify, request
from flask_login import login_required

from .images import attach_image_to_sku

bp = Blueprint("bulk_import", __name__)

ALLOWED_EXT = {".jpg", ".jpeg", ".png", ".webp"}


@bp.post("/products/images/bulk")
@login_required
def bulk_upload_images():
    upload = request.files.get("archive")
    if upload is None or not upload.filename.lower().endswith(".zip"):
        abort(400, "expected a .zip archive")

    workdir = tempfile.mkdtemp(prefix="bulkimg-", dir=current_app.config["IMPORT_SCRATCH"])
    try:
        with zipfile.ZipFile(upload.stream) as zf:
            zf.extractall(workdir)

        attached, skipped = [], []
        for root, _dirs, files in os.walk(workdir):
            for name in files:
                sku, ext = os.path.splitext(name)
                if ext.lower() not in ALLOWED_EXT:
                    skipped.append(name)
                    continue
                attach_image_to_sku(sku, os.path.join(root, name))
                attached.append(sku)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)

    return jsonify({"attached": attached, "skipped": skipped})
