"""Serve inspection attachments (photos, estimates, engineer reports) to adjusters."""
from __future__ import annotations

import os
from pathlib import Path

from flask import Blueprint, abort, current_app, send_from_directory
from flask_login import current_user, login_required

from claims.permissions import can_view_claim

bp = Blueprint("attachments", __name__)


def _claim_dir(claim_id: int) -> Path:
    root = Path(current_app.config.get("ATTACHMENT_ROOT", os.environ.get("ATTACHMENT_ROOT", "/srv/attachments")))
    return root / str(claim_id)


@bp.get("/claims/<int:claim_id>/attachments/<path:filename>")
@login_required
def get_attachment(claim_id: int, filename: str):
    if not can_view_claim(current_user, claim_id):
        abort(403)
    # send_from_directory rejects names that would escape the claim folder
    return send_from_directory(_claim_dir(claim_id), filename, as_attachment=True)


@bp.get("/claims/<int:claim_id>/attachments")
@login_required
def list_attachments(claim_id: int):
    if not can_view_claim(current_user, claim_id):
        abort(403)
    folder = _claim_dir(claim_id)
    if not folder.is_dir():
        return {"files": []}
    return {"files": sorted(p.name for p in folder.iterdir() if p.is_file())}
