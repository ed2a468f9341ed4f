"""Receives log bundles uploaded from van tablets and serves them to IT staff.

Tablets upload zipped logs after each route; IT staff fetch an individual
bundle by its name when investigating a sync problem.
"""
from __future__ import annotations

import os
from datetime import datetime, timezone
from pathlib import Path

from flask import Blueprint, abort, request, send_file
from werkzeug.utils import secure_filename

from .auth import require_it_staff, require_tablet

bp = Blueprint("tablet_logs", __name__, url_prefix="/tablet-logs")

LOG_ROOT = Path(os.environ.get("TABLET_LOG_ROOT", "/srv/mobilelibrary/tablet-logs")).resolve()
MAX_BUNDLE_BYTES = 50 * 1024 * 1024


def confined(root: Path, *parts: str) -> Path:
    candidate = root.joinpath(*parts).resolve()
    if not candidate.is_relative_to(root):
        raise PermissionError("path escapes log directory")
    return candidate


@bp.post("/")
def upload_bundle():
    tablet = require_tablet(request)
    upload = request.files.get("bundle")
    if upload is None or not upload.filename.endswith(".zip"):
        abort(400)
    if request.content_length and request.content_length > MAX_BUNDLE_BYTES:
        abort(413)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    name = secure_filename(f"{tablet.serial}-{stamp}.zip")
    target = confined(LOG_ROOT, tablet.van_code, name)
    target.parent.mkdir(parents=True, exist_ok=True)
    upload.save(target)
    return {"stored_as": f"{tablet.van_code}/{name}"}, 201


@bp.get("/<van_code>/<bundle>")
def fetch_bundle(van_code: str, bundle: str):
    require_it_staff(request)
    try:
        path = confined(LOG_ROOT, van_code, bundle)
    except PermissionError:
        abort(404)
    if not path.is_file():
        abort(404)
    return send_file(path, mimetype="application/zip", as_attachment=True)
