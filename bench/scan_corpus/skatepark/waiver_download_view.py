"""Staff view for downloading scanned paper waivers from the archive share."""
from __future__ import annotations

import os
from datetime import datetime, timezone

from flask import Blueprint, abort, current_app, request, send_file, session

bp = Blueprint("waiver_archive", __name__, url_prefix="/staff/waivers")

WAIVER_ROOT = os.environ.get("WAIVER_SCAN_ROOT", "/srv/rampworks/waiver-scans")
STAFF_ROLES = {"duty_manager", "front_desk", "admin"}


def _require_staff() -> str:
    user = session.get("staff_user")
    if not user or session.get("staff_role") not in STAFF_ROLES:
        abort(403)
    return user


def _scan_path(filename: str) -> str:
    return os.path.join(WAIVER_ROOT, filename)


@bp.get("/")
def list_scans():
    _require_staff()
    month = request.args.get("month", datetime.now(timezone.utc).strftime("%Y-%m"))
    entries = []
    for name in sorted(os.listdir(WAIVER_ROOT)):
        if name.startswith(month) and name.endswith(".pdf"):
            entries.append({"name": name, "size": os.path.getsize(_scan_path(name))})
    return {"month": month, "scans": entries}


@bp.get("/download")
def download_scan():
    user = _require_staff()
    filename = request.args.get("file", "")
    if not filename.endswith(".pdf"):
        abort(400)
    path = _scan_path(filename)
    if not os.path.isfile(path):
        abort(404)
    current_app.logger.info("waiver scan %s downloaded by %s", filename, user)
    return send_file(path, mimetype="application/pdf", as_attachment=True)
