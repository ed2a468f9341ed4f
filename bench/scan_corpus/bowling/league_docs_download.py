"""Serve league documents (rules, fixture sheets, prize lists) to members."""
from __future__ import annotations

from flask import Blueprint, abort, current_app, send_from_directory
from flask_login import login_required
from werkzeug.utils import secure_filename

bp = Blueprint("league_docs", __name__, url_prefix="/leagues")

ALLOWED_SUFFIXES = (".pdf", ".xlsx", ".csv")


def _docs_root() -> str:
    return current_app.config["LEAGUE_DOCS_DIR"]


@bp.get("/<int:league_id>/docs/<filename>")
@login_required
def league_document(league_id: int, filename: str):
    name = secure_filename(filename)
    if not name or not name.lower().endswith(ALLOWED_SUFFIXES):
        abort(404)
    return send_from_directory(_docs_root(), f"{league_id}/{name}", as_attachment=True)
