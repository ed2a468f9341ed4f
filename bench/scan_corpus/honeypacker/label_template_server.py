"""Serve approved jar-label templates to the label printing contractor."""
from __future__ import annotations

import os

from flask import Blueprint, abort, current_app, jsonify, send_from_directory
from flask_login import current_user, login_required

bp = Blueprint("label_templates", __name__, url_prefix="/label-templates")

ALLOWED_ROLES = {"print_contractor", "packaging_manager"}
ALLOWED_SUFFIXES = (".pdf", ".zpl")


def template_dir() -> str:
    return current_app.config["LABEL_TEMPLATE_DIR"]


def _require_role() -> None:
    if current_user.role not in ALLOWED_ROLES:
        abort(403)


@bp.get("/")
@login_required
def list_templates():
    _require_role()
    names = [
        n for n in sorted(os.listdir(template_dir()))
        if n.lower().endswith(ALLOWED_SUFFIXES) and not n.startswith(".")
    ]
    return jsonify(templates=names)


@bp.get("/<path:filename>")
@login_required
def download_template(filename: str):
    _require_role()
    if not filename.lower().endswith(ALLOWED_SUFFIXES):
        abort(404)
    current_app.logger.info("label template %s downloaded by %s", filename, current_user.username)
    return send_from_directory(template_dir(), filename, as_attachment=True)
