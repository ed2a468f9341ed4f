"""Lets walkers delete attachments (photos, notes, receipts) from their own walk reports."""

from __future__ import annotations

import logging
import os

from flask import Blueprint, abort, current_app, g, jsonify, request

from .auth import walker_required
from .models import Walk, db

bp = Blueprint("walk_attachments", __name__, url_prefix="/api/walks")
log = logging.getLogger(__name__)


def _attachment_dir(walk_id: int) -> str:
    return os.path.join(current_app.config["ATTACHMENT_ROOT"], "walks", str(walk_id))


@bp.get("/<int:walk_id>/attachments")
@walker_required
def list_attachments(walk_id: int):
    walk = db.session.get(Walk, walk_id)
    if walk is None or walk.walker_id != g.walker.id:
        abort(404)
    folder = _attachment_dir(walk_id)
    names = sorted(os.listdir(folder)) if os.path.isdir(folder) else []
    return jsonify({"attachments": names})


@bp.delete("/<int:walk_id>/attachments")
@walker_required
def delete_attachments(walk_id: int):
    walk = db.session.get(Walk, walk_id)
    if walk is None or walk.walker_id != g.walker.id:
        abort(404)
    if walk.locked:
        abort(409, "report already submitted to the client")

    removed = []
    for name in request.get_json(force=True).get("files", []):
        target = os.path.join(_attachment_dir(walk_id), name)
        if os.path.isfile(target):
            os.remove(target)
            removed.append(name)
    log.info("walker %s removed %d attachments from walk %s", g.walker.id, len(removed), walk_id)
    return jsonify({"removed": removed})
