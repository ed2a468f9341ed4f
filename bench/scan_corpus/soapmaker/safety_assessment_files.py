"""Serves safety assessment PDFs (CPSR part A/B) to QA staff and the responsible person."""

from __future__ import annotations

import os
from functools import wraps

from flask import Blueprint, abort, current_app, g, jsonify, send_from_directory

bp = Blueprint("assessments", __name__, url_prefix="/assessments")


def qa_only(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        if g.get("staff_id") is None:
            abort(401)
        if not {"qa", "responsible_person"} & set(g.get("staff_roles", ())):
            abort(403)
        return view(*args, **kwargs)

    return wrapper


def _assessment_dir() -> str:
    return current_app.config["SAFETY_ASSESSMENT_DIR"]


@bp.get("/")
@qa_only
def index():
    names = sorted(
        entry.name
        for entry in os.scandir(_assessment_dir())
        if entry.is_file() and entry.name.lower().endswith(".pdf")
    )
    return jsonify(names)


@bp.get("/<path:filename>")
@qa_only
def download(filename: str):
    if not filename.lower().endswith(".pdf"):
        abort(404)
    current_app.logger.info("staff %s opened assessment %s", g.staff_id, filename)
    return send_from_directory(
        _assessment_dir(),
        filename,
        mimetype="application/pdf",
        as_attachment=True,
        max_age=0,
    )


@bp.get("/by-product/<product_code>")
@qa_only
def latest_for_product(product_code: str):
    if not product_code.isalnum():
        abort(400)
    prefix = f"{product_code.upper()}_v"
    versions = [
        entry.name
        for entry in os.scandir(_assessment_dir())
        if entry.is_file() and entry.name.startswith(prefix)
    ]
    if not versions:
        abort(404)
    return jsonify({"latest": max(versions), "all": sorted(versions)})
