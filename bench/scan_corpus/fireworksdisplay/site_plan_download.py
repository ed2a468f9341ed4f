"""Back-office endpoints for site safety plans (fallout zones, exclusion fencing, muster points)."""
from __future__ import annotations

import os
from datetime import datetime, timezone
from pathlib import Path

from flask import Blueprint, abort, jsonify, request, send_file
from flask_login import current_user, login_required

bp = Blueprint("site_plans", __name__, url_prefix="/site-plans")

SITE_PLAN_DIR = os.environ.get("SITE_PLAN_DIR", "/srv/fireworks/site-plans")
ALLOWED_SUFFIXES = {".pdf", ".dwg", ".png"}


def _describe(path: Path) -> dict:
    stat = path.stat()
    return {
        "name": path.name,
        "size": stat.st_size,
        "modified": datetime.fromtimestamp(stat.st_mtime, tz=timezone.utc).isoformat(),
    }


@bp.get("/")
@login_required
def list_plans():
    plans = [
        _describe(p)
        for p in sorted(Path(SITE_PLAN_DIR).iterdir())
        if p.is_file() and p.suffix.lower() in ALLOWED_SUFFIXES
    ]
    return jsonify(plans)


@bp.get("/download")
@login_required
def download_plan():
    filename = request.args.get("file", "")
    if not filename:
        abort(400, description="file parameter required")
    path = os.path.join(SITE_PLAN_DIR, filename)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, as_attachment=True, download_name=os.path.basename(path))


@bp.post("/upload")
@login_required
def upload_plan():
    if not current_user.has_role("safety_officer"):
        abort(403)
    upload = request.files.get("plan")
    if upload is None or not upload.filename:
        abort(400)
    suffix = Path(upload.filename).suffix.lower()
    if suffix not in ALLOWED_SUFFIXES:
        abort(415)
    site_ref = request.form.get("site_ref", "")
    if not site_ref.isalnum():
        abort(400, description="site_ref must be alphanumeric")
    stamp = datetime.now(timezone.utc).strftime("%Y%m%d%H%M%S")
    target = Path(SITE_PLAN_DIR) / f"{site_ref}-{stamp}{suffix}"
    upload.save(target)
    return jsonify(_describe(target)), 201
