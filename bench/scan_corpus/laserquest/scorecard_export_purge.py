"""Manager endpoints to list and remove tournament scorecard PDF exports."""
from __future__ import annotations

import logging
from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, request
from flask_login import current_user, login_required

bp = Blueprint("export_purge", __name__, url_prefix="/manager/scorecards")
log = logging.getLogger("laserquest.exports")


def _export_root() -> Path:
    return Path(current_app.config["SCORECARD_EXPORT_DIR"]).resolve()


def _require_manager() -> None:
    if not getattr(current_user, "is_manager", False):
        abort(403)


def _confined(root: Path, filename: str) -> Path:
    target = (root / filename).resolve()
    if not target.is_relative_to(root) or target == root:
        abort(400, "invalid export name")
    return target


@bp.get("")
@login_required
def list_scorecards():
    _require_manager()
    root = _export_root()
    return jsonify(
        [{"file": p.name, "bytes": p.stat().st_size} for p in sorted(root.glob("*.pdf"))]
    )


@bp.post("/delete")
@login_required
def delete_scorecard():
    _require_manager()
    filename = (request.get_json(force=True) or {}).get("filename", "")
    if not filename:
        abort(400, "filename is required")
    target = _confined(_export_root(), filename)
    if not target.is_file():
        abort(404)
    target.unlink()
    log.info("manager %s deleted scorecard export %s", current_user.get_id(), target.name)
    return jsonify({"deleted": target.name})
