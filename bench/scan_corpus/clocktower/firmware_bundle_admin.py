"""Admin endpoints for winding-controller firmware bundles.

Firmware images are staged in the firmware directory before being rolled
out to tower controllers; old images are removed from here.
"""
from __future__ import annotations

import hashlib
import os
from datetime import datetime, timezone

from flask import Blueprint, abort, current_app, jsonify, request
from flask_login import current_user, login_required

bp = Blueprint("firmware_admin", __name__, url_prefix="/admin/firmware")


def _firmware_dir() -> str:
    return current_app.config["FIRMWARE_DIR"]


def _require_admin() -> None:
    if not current_user.is_authenticated or not current_user.is_admin:
        abort(403)


def _describe(name: str) -> dict:
    full = os.path.join(_firmware_dir(), name)
    stat = os.stat(full)
    with open(full, "rb") as fh:
        checksum = hashlib.sha256(fh.read()).hexdigest()
    return {
        "name": name,
        "size": stat.st_size,
        "modified": datetime.fromtimestamp(stat.st_mtime, timezone.utc).isoformat(),
        "sha256": checksum,
    }


@bp.get("/")
@login_required
def list_bundles():
    _require_admin()
    names = sorted(n for n in os.listdir(_firmware_dir()) if n.endswith(".bin"))
    return jsonify({"bundles": [_describe(n) for n in names]})


@bp.post("/delete")
@login_required
def delete_bundle():
    _require_admin()
    name = str((request.get_json(silent=True) or {}).get("name", ""))
    if not name:
        abort(400)
    target = os.path.join(_firmware_dir(), name)
    if not os.path.exists(target):
        abort(404)
    os.remove(target)
    current_app.logger.info("%s removed firmware bundle %s", current_user.username, name)
    return jsonify({"deleted": name})
