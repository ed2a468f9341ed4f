"""Member portal: download previously issued benefit statements."""
from __future__ import annotations

import os

from flask import Blueprint, abort, current_app, g, render_template, send_file

from .auth import member_login_required

bp = Blueprint("statement_downloads", __name__, url_prefix="/my/statements")


def _member_dir() -> str:
    return os.path.join(current_app.config["STATEMENT_ROOT"], g.member.scheme_ref)


@bp.get("/")
@member_login_required
def list_statements():
    folder = _member_dir()
    files = sorted(os.listdir(folder), reverse=True) if os.path.isdir(folder) else []
    return render_template("statements/list.html", files=[f for f in files if f.endswith(".pdf")])


@bp.get("/<path:filename>")
@member_login_required
def download_statement(filename: str):
    full_path = os.path.join(_member_dir(), filename)
    if not os.path.isfile(full_path):
        abort(404)
    return send_file(full_path, mimetype="application/pdf", as_attachment=True)
