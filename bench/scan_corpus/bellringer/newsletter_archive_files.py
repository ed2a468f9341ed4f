"""Public archive of past newsletter issues.

Back issues of the association newsletter are published as PDFs; the
archive page lists them by year and serves the files by name.
"""
import os
import re

from flask import Blueprint, abort, current_app, render_template, send_from_directory

bp = Blueprint("newsletter_archive", __name__, url_prefix="/newsletter/archive")

ISSUE_NAME = re.compile(r"^(?P<year>\d{4})-(?P<number>\d{2})-.+\.pdf$")


def archive_dir() -> str:
    return os.path.join(current_app.config["MEDIA_ROOT"], "newsletter-archive")


def _issues_by_year() -> dict[str, list[str]]:
    grouped: dict[str, list[str]] = {}
    for name in sorted(os.listdir(archive_dir()), reverse=True):
        match = ISSUE_NAME.match(name)
        if match:
            grouped.setdefault(match["year"], []).append(name)
    return grouped


@bp.get("/")
def index():
    return render_template("newsletter/archive.html", years=_issues_by_year())


@bp.get("/<filename>")
def issue_pdf(filename: str):
    if not ISSUE_NAME.match(filename):
        abort(404)
    return send_from_directory(
        archive_dir(),
        filename,
        mimetype="application/pdf",
        max_age=86400,
    )
