"""Download scanned collateral documents (deeds, titles, receipts).

Scans are written by the office scanner into one folder per bond on the
document share; agents open them from the bond detail page.
"""
from __future__ import annotations

import os

from flask import Blueprint, abort, current_app, send_file
from flask_login import current_user, login_required

from .bonds import bond_visible_to

bp = Blueprint("collateral_docs", __name__, url_prefix="/bonds")

ALLOWED_EXTENSIONS = {".pdf", ".jpg", ".jpeg", ".png", ".tif", ".tiff"}


def collateral_root() -> str:
    return current_app.config["COLLATERAL_SCAN_ROOT"]


@bp.get("/<int:bond_id>/collateral")
@login_required
def list_collateral(bond_id: int):
    if not bond_visible_to(current_user, bond_id):
        abort(404)
    folder = os.path.join(collateral_root(), str(bond_id))
    if not os.path.isdir(folder):
        return {"files": []}
    files = sorted(
        name for name in os.listdir(folder)
        if os.path.splitext(name)[1].lower() in ALLOWED_EXTENSIONS
    )
    return {"files": files}


@bp.get("/<int:bond_id>/collateral/<path:filename>")
@login_required
def download_collateral(bond_id: int, filename: str):
    if not bond_visible_to(current_user, bond_id):
        abort(404)
    if os.path.splitext(filename)[1].lower() not in ALLOWED_EXTENSIONS:
        abort(415)
    full_path = os.path.join(collateral_root(), str(bond_id), filename)
    if not os.path.isfile(full_path):
        abort(404)
    current_app.logger.info("user %s downloaded collateral %s for bond %s",
                            current_user.username, filename, bond_id)
    return send_file(full_path, as_attachment=True)
