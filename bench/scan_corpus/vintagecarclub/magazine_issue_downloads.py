"""Download of current-year magazine issues for logged-in members."""
from __future__ import annotations

import os
from functools import wraps

from flask import Blueprint, abort, current_app, jsonify, send_from_directory, session

bp = Blueprint("magazine_issues", __name__, url_prefix="/magazine")


def login_required(view):
    @wraps(view)
    def wrapped(*args, **kwargs):
        if "member_id" not in session:
            abort(401)
        return view(*args, **kwargs)

    return wrapped


def _issues_dir() -> str:
    return current_app.config["MAGAZINE_ISSUES_DIR"]


@bp.get("/issues")
@login_required
def list_issues():
    issues = sorted(
        (name for name in os.listdir(_issues_dir()) if name.endswith(".pdf")),
        reverse=True,
    )
    return jsonify(issues=issues)


@bp.get("/issues/<path:filename>")
@login_required
def download_issue(filename: str):
    if not filename.endswith(".pdf"):
        abort(404)
    current_app.logger.info("Member %s downloading %s", session["member_id"], filename)
    return send_from_directory(
        _issues_dir(),
        filename,
        as_attachment=True,
        mimetype="application/pdf",
    )
