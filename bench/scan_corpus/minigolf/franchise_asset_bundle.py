"""Head office: installs themed-course asset bundles (signage, hole art) sent in by franchisees."""
from __future__ import annotations

import hashlib
import logging
import os
import shutil
import uuid
import zipfile

from flask import Blueprint, abort, jsonify, request

bp = Blueprint("asset_bundles", __name__, url_prefix="/franchise")
log = logging.getLogger(__name__)

BUNDLE_ROOT = os.environ.get("ASSET_BUNDLE_ROOT", "/srv/puttpalace/assets")
UPLOAD_DIR = os.environ.get("ASSET_UPLOAD_DIR", "/srv/puttpalace/uploads")
MAX_MEMBERS = 2000
MAX_TOTAL_BYTES = 200 * 1024 * 1024


def _sha256_of(path: str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(65536), b""):
            digest.update(chunk)
    return digest.hexdigest()


def install_bundle(archive_path: str, dest_root: str) -> int:
    """Unpacks every file in the bundle under dest_root; returns the number written."""
    written = 0
    with zipfile.ZipFile(archive_path) as zf:
        members = zf.infolist()
        if len(members) > MAX_MEMBERS or sum(m.file_size for m in members) > MAX_TOTAL_BYTES:
            raise ValueError("bundle too large")
        for info in members:
            if info.is_dir():
                continue
            target = os.path.join(dest_root, info.filename)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with zf.open(info) as src, open(target, "wb") as dst:
                shutil.copyfileobj(src, dst)
            written += 1
    return written


@bp.post("/<int:franchise_id>/asset-bundles")
def upload_bundle(franchise_id: int):
    upload = request.files.get("bundle")
    if upload is None or not upload.filename.lower().endswith(".zip"):
        abort(400, "expected a .zip bundle")
    os.makedirs(UPLOAD_DIR, exist_ok=True)
    stored = os.path.join(UPLOAD_DIR, f"{uuid.uuid4().hex}.zip")
    upload.save(stored)
    checksum = _sha256_of(stored)
    dest = os.path.join(BUNDLE_ROOT, str(franchise_id), checksum[:16])
    try:
        count = install_bundle(stored, dest)
    except (zipfile.BadZipFile, ValueError) as exc:
        abort(422, str(exc))
    finally:
        os.remove(stored)
    log.info("franchise %s bundle %s installed (%d files)", franchise_id, checksum[:16], count)
    return jsonify(bundle=checksum[:16], files=count)
