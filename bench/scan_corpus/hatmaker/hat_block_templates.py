"""Printable templates for the wooden hat blocks (crown and brim profiles).

Templates are generated per block size and kept in BLOCK_TEMPLATE_DIR. The
workroom tablet asks for them by name.
"""
from __future__ import annotations

import re
from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, send_from_directory
from flask_login import login_required

bp = Blueprint("block_templates", __name__, url_prefix="/blocks")

TEMPLATE_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,60}\.(pdf|svg)$")


def _template_dir() -> Path:
    return Path(current_app.config["BLOCK_TEMPLATE_DIR"])


@bp.get("/templates")
@login_required
def list_templates():
    names = sorted(
        p.name for p in _template_dir().iterdir()
        if p.is_file() and TEMPLATE_NAME.match(p.name)
    )
    return jsonify(templates=names)


@bp.get("/templates/<path:name>")
@login_required
def get_template(name: str):
    if not TEMPLATE_NAME.match(name):
        abort(404)
    return send_from_directory(
        _template_dir(),
        name,
        as_attachment=True,
        max_age=3600,
    )


@bp.get("/templates/by-size/<int:size_mm>")
@login_required
def template_for_size(size_mm: int):
    if not 500 <= size_mm <= 640:
        abort(404)
    name = f"crown-{size_mm}.pdf"
    return send_from_directory(_template_dir(), name, as_attachment=True)
