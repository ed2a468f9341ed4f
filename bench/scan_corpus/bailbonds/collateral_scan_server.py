"""Serve scanned collateral documents to agents from the document share."""
from __future__ import annotations

import os

from flask import Blueprint, abort, current_app, send_from_directory
from flask_login import current_user, login_required

from .bonds import bond_visible_to

bp = Blueprint("collateral_scans", __name__, url_prefix="/scans")

ALLOWED_EXTENSIONS = {".pdf", ".jpg", ".jpeg", ".png", ".tif", ".tiff"}


def bond_folder(bond_id: int) -> str:
    return os.path.join(current_app.config["COLLATERAL_SCAN_ROOT"], str(bond_id))


@bp.get("/<int:bond_id>")
@login_required
def index(bond_id: int):
    if not bond_visible_to(current_user, bond_id):
        abort(404)
    folder = bond_folder(bond_id)
    names = []
    if os.path.isdir(folder):
        names = sorted(
            entry.name for entry in os.scandir(folder)
            if entry.is_file() and os.path.splitext(entry.name)[1].lower() in ALLOWED_EXTENSIONS
        )
    return {"bond_id": bond_id, "files": names}


@bp.get("/<int:bond_id>/<path:filename>")
@login_required
def fetch(bond_id: int, filename: str):
    if not bond_visible_to(current_user, bond_id):
        abort(404)
    if os.path.splitext(filename)[1].lower() not in ALLOWED_EXTENSIONS:
        abort(415)
    current_app.logger.info("user %s opened scan %s on bond %s",
                            current_user.username, filename, bond_id)
    return send_from_directory(bond_folder(bond_id), filename, as_attachment=True)
