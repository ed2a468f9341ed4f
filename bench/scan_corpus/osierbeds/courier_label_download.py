"""Courier label printing and download for the dispatch bench.

Labels come back from the courier API as PDFs and are written to the label
spool directory; the dispatch tablet then downloads them by file name to
send to the thermal printer.
"""
from __future__ import annotations

import logging
import os
from datetime import date

from flask import Blueprint, abort, current_app, jsonify, send_file
from flask_login import login_required

log = logging.getLogger(__name__)

bp = Blueprint("labels", __name__, url_prefix="/dispatch/labels")


def label_dir() -> str:
    return current_app.config.get("LABEL_DIR", "/var/lib/osierbeds/labels")


def store_label(shipment_id: int, pdf_bytes: bytes) -> str:
    """Write a label PDF received from the courier and return its file name."""
    name = f"{date.today():%Y%m%d}-{shipment_id}.pdf"
    path = os.path.join(label_dir(), name)
    with open(path, "wb") as fh:
        fh.write(pdf_bytes)
    log.info("stored label for shipment %s as %s", shipment_id, name)
    return name


@bp.get("")
@login_required
def list_labels():
    names = sorted(
        (n for n in os.listdir(label_dir()) if n.endswith(".pdf")),
        reverse=True,
    )
    return jsonify(names[:200])


@bp.get("/<path:filename>")
@login_required
def download_label(filename: str):
    if not filename.endswith(".pdf"):
        abort(404)
    try:
        return send_file(os.path.join(label_dir(), filename), mimetype="application/pdf", as_attachment=True)
    except FileNotFoundError:
        abort(404)
