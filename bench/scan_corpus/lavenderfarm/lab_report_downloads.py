"""Download of third-party lab reports (allergen and chemotype analyses) for oil batches."""

from __future__ import annotations

import os
from functools import wraps

from flask import Blueprint, abort, current_app, g, jsonify, send_from_directory

bp = Blueprint("lab_reports", __name__, url_prefix="/wholesale/lab-reports")


def buyer_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        if getattr(g, "buyer", None) is None:
            abort(401)
        return view(*args, **kwargs)

    return wrapper


def _reports_dir() -> str:
    return os.path.join(current_app.config["DOCUMENT_ROOT"], "lab-reports")


@bp.get("/")
@buyer_required
def index():
    directory = _reports_dir()
    reports = [
        {"file": entry.name, "bytes": entry.stat().st_size}
        for entry in sorted(os.scandir(directory), key=lambda e: e.name)
        if entry.is_file() and entry.name.endswith(".pdf")
    ]
    return jsonify(reports=reports)


@bp.get("/<path:filename>")
@buyer_required
def download(filename: str):
    if not filename.lower().endswith(".pdf"):
        abort(404)
    current_app.logger.info("buyer %s requested lab report %s", g.buyer.id, filename)
    return send_from_directory(
        _reports_dir(),
        filename,
        mimetype="application/pdf",
        as_attachment=True,
        max_age=3600,
    )
