"""Archive of before/after photographs for completed restorations.

Restoration photos are published on the client portal; clients can open
any photograph belonging to a clock on their account.
"""
from __future__ import annotations

import mimetypes
from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, send_file
from flask_login import current_user, login_required

bp = Blueprint("restoration_photos", __name__, url_prefix="/restorations")


def _archive_root() -> Path:
    return Path(current_app.config["RESTORATION_PHOTO_ROOT"]).resolve()


def _clock_dir(clock_id: int) -> Path:
    clock = current_app.extensions["clocks"].get(clock_id)
    if clock is None or clock.owner_account_id != current_user.account_id:
        abort(404)
    return _archive_root() / f"clock-{clock.id}"


def _confined(base: Path, name: str) -> Path:
    candidate = (base / name).resolve()
    if not candidate.is_relative_to(base):
        abort(404)
    return candidate


@bp.get("/<int:clock_id>/photos")
@login_required
def photo_index(clock_id: int):
    folder = _clock_dir(clock_id)
    if not folder.is_dir():
        return jsonify({"photos": []})
    return jsonify({"photos": sorted(p.name for p in folder.iterdir() if p.is_file())})


@bp.get("/<int:clock_id>/photos/<path:name>")
@login_required
def photo(clock_id: int, name: str):
    folder = _clock_dir(clock_id).resolve()
    path = _confined(folder, name)
    if not path.is_file():
        abort(404)
    mimetype, _ = mimetypes.guess_type(path.name)
    return send_file(path, mimetype=mimetype or "application/octet-stream", max_age=86400)
