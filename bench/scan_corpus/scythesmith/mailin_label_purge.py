"""Deletion of printed return labels for the sharpening mail-in service.

Return labels are rendered to PDF in a spool directory and printed on
the packing bench. Packers can discard a misprinted label from the
packing screen, which removes the file so it is regenerated.
"""
import logging
import os

from flask import Blueprint, abort, jsonify, request
from flask_login import login_required

from scythesmith.auth import packing_staff_required
from scythesmith.config import settings

log = logging.getLogger(__name__)

bp = Blueprint("label_spool", __name__, url_prefix="/packing/labels")

SPOOL_DIR = os.path.realpath(settings.LABEL_SPOOL_DIR)


def resolve_label(name: str) -> str:
    candidate = os.path.realpath(os.path.join(SPOOL_DIR, name))
    if os.path.commonpath([SPOOL_DIR, candidate]) != SPOOL_DIR or candidate == SPOOL_DIR:
        raise ValueError(name)
    return candidate


@bp.get("/")
@login_required
@packing_staff_required
def pending_labels():
    return jsonify(labels=sorted(f for f in os.listdir(SPOOL_DIR) if f.endswith(".pdf")))


@bp.delete("/")
@login_required
@packing_staff_required
def discard_label():
    name = (request.get_json(silent=True) or {}).get("label", "")
    try:
        path = resolve_label(name)
    except ValueError:
        abort(400)
    if not os.path.isfile(path):
        abort(404)
    os.remove(path)
    log.info("discarded return label %s", os.path.basename(path))
    return jsonify(ok=True)
