"""Serves printable allergen label PDFs to supermarket QA portals.

Labels are rendered nightly per SKU into the label store; buyers download them
through the partner portal by file name.
"""
from __future__ import annotations

import os
from pathlib import Path

from flask import Blueprint, abort, current_app, send_file

labels_bp = Blueprint("labels", __name__, url_prefix="/labels")


class LabelStore:
    root = Path(os.environ.get("LABEL_STORE", "/srv/labels"))
    suffix = ".pdf"

    @classmethod
    def locate(cls, retailer: str, filename: str) -> str:
        if not filename.endswith(cls.suffix):
            filename = filename + cls.suffix
        return os.path.join(cls.root, retailer.lower(), filename)


def _retailer_allowed(retailer: str) -> bool:
    return retailer.lower() in current_app.config.get("LABEL_RETAILERS", {"tesco", "asda", "sainsburys"})


@labels_bp.get("/<retailer>/<path:filename>")
def download_label(retailer: str, filename: str):
    if not _retailer_allowed(retailer):
        abort(404)
    target = LabelStore.locate(retailer, filename)
    if not os.path.isfile(target):
        abort(404)
    return send_file(target, mimetype="application/pdf", as_attachment=True)


@labels_bp.get("/<retailer>/")
def list_labels(retailer: str):
    if not _retailer_allowed(retailer):
        abort(404)
    folder = LabelStore.root / retailer.lower()
    names = sorted(p.name for p in folder.glob(f"*{LabelStore.suffix}"))
    return {"retailer": retailer.lower(), "labels": names}
