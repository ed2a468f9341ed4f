"""Member portal: list and download archived benefit statements."""
from __future__ import annotations

from pathlib import Path

from flask import Blueprint, abort, current_app, g, render_template, send_file

from .auth import member_login_required

bp = Blueprint("statement_archive", __name__, url_prefix="/my/statements")


def _member_dir() -> Path:
    return (Path(current_app.config["STATEMENT_ROOT"]) / g.member.scheme_ref).resolve()


@bp.get("/")
@member_login_required
def list_statements():
    folder = _member_dir()
    files = sorted((p.name for p in folder.glob("*.pdf")), reverse=True) if folder.is_dir() else []
    return render_template("statements/list.html", files=files)


@bp.get("/<filename>")
@member_login_required
def download_statement(filename: str):
    base = _member_dir()
    candidate = (base / filename).resolve()
    if not candidate.is_relative_to(base) or candidate.suffix != ".pdf" or not candidate.is_file():
        abort(404)
    return send_file(candidate, mimetype="application/pdf", as_attachment=True)
