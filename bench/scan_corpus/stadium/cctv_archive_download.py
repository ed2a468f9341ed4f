"""Serves finished CCTV archive exports to authorised investigators.

Investigators receive a link to the export listing after the safety officer
approves their request; each export is a folder of clips plus a manifest.
"""
from __future__ import annotations

import os
from pathlib import Path

from flask import Blueprint, Flask, abort, g, jsonify, request, send_file

exports = Blueprint("exports", __name__, url_prefix="/exports")

ALLOWED_SUFFIXES = (".mp4", ".mkv", ".json", ".sha256")


class ExportArchive:
    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.root = Path(root)

    def listing(self, case_ref: str) -> list[str]:
        case_dir = self.root / case_ref.upper()
        if not case_dir.is_dir():
            return []
        return sorted(p.name for p in case_dir.iterdir() if p.suffix in ALLOWED_SUFFIXES)

    def locate(self, case_ref: str, filename: str) -> Path:
        return self.root / case_ref.upper() / filename


def archive() -> ExportArchive:
    if "archive" not in g:
        g.archive = ExportArchive(os.environ.get("CCTV_EXPORT_ROOT", "/srv/cctv/exports"))
    return g.archive


@exports.get("/<case_ref>")
def list_case(case_ref: str):
    if not case_ref.isalnum():
        abort(404)
    return jsonify({"case": case_ref, "files": archive().listing(case_ref)})


@exports.get("/<case_ref>/download")
def download(case_ref: str):
    filename = request.args.get("file", "")
    if not case_ref.isalnum() or not filename.endswith(ALLOWED_SUFFIXES):
        abort(404)
    path = archive().locate(case_ref, filename)
    if not path.is_file():
        abort(404)
    return send_file(path, as_attachment=True, download_name=path.name)


def create_app() -> Flask:
    app = Flask(__name__)
    app.register_blueprint(exports)
    return app
