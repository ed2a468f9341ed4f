"""Read-only browser for the archive of ICSR and aggregate-report submissions sent to regulators."""
from __future__ import annotations

import os
from pathlib import Path

from flask import Blueprint, Flask, abort, current_app, render_template, send_from_directory

archive = Blueprint("submission_archive", __name__, url_prefix="/archive")

AUTHORITIES = {"fda", "ema", "pmda", "mhra", "hc", "tga"}


class ArchiveLayout:
    def __init__(self, root: str) -> None:
        self.root = Path(root)

    def authority_dir(self, authority: str) -> Path:
        if authority not in AUTHORITIES:
            abort(404)
        return self.root / authority

    def year_dir(self, authority: str, year: int) -> Path:
        return self.authority_dir(authority) / f"{year:04d}"

    def listing(self, authority: str, year: int) -> list[str]:
        folder = self.year_dir(authority, year)
        return sorted(p.name for p in folder.iterdir() if p.is_file()) if folder.is_dir() else []


def layout() -> ArchiveLayout:
    return current_app.extensions["archive_layout"]


@archive.get("/<authority>/<int:year>/")
def index(authority: str, year: int):
    return render_template(
        "archive/index.html",
        authority=authority,
        year=year,
        files=layout().listing(authority, year),
    )


@archive.get("/<authority>/<int:year>/<path:filename>")
def fetch(authority: str, year: int, filename: str):
    folder = layout().year_dir(authority, year)
    return send_from_directory(folder, filename, as_attachment=True)


def create_app() -> Flask:
    app = Flask(__name__)
    app.extensions["archive_layout"] = ArchiveLayout(
        os.environ.get("PV_SUBMISSION_ARCHIVE", "/srv/pv/submissions")
    )
    app.register_blueprint(archive)
    return app
