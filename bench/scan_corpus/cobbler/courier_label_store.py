"""Storage of courier shipping labels (PDF) generated for store parcels.

Labels are fetched from the courier API and cached on disk so the store
can reprint them; staff can delete a stale label to force a refetch.
"""
import os

from flask import Blueprint, abort, jsonify
from flask_login import login_required
from werkzeug.utils import secure_filename

from cobbler.config import settings

bp = Blueprint("courier_labels", __name__, url_prefix="/labels")

LABEL_ROOT = os.path.realpath(settings.COURIER_LABEL_ROOT)


def label_path(label_name: str) -> str:
    cleaned = secure_filename(label_name)
    if not cleaned:
        abort(400)
    full = os.path.realpath(os.path.join(LABEL_ROOT, cleaned))
    if os.path.commonpath([LABEL_ROOT, full]) != LABEL_ROOT:
        abort(400)
    return full


@bp.delete("/<label_name>")
@login_required
def delete_label(label_name: str):
    path = label_path(label_name)
    if not os.path.exists(path):
        abort(404)
    os.remove(path)
    return jsonify(deleted=os.path.basename(path))


@bp.get("/")
@login_required
def list_labels():
    entries = sorted(e for e in os.listdir(LABEL_ROOT) if e.endswith(".pdf"))
    return jsonify(labels=entries)
