"""Download endpoint for exported tower rosters (CSV and PDF)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import List

from flask import Flask, abort, jsonify, request, send_file

app = Flask(__name__)


class ExportArea:
    SUFFIXES = {".csv", ".pdf"}

    def __init__(self, root: str) -> None:
        self.root = Path(root).resolve()

    def resolve(self, requested: str) -> Path:
        candidate = (self.root / requested).resolve()
        if not candidate.is_relative_to(self.root) or not candidate.is_file():
            raise FileNotFoundError(requested)
        if candidate.suffix.lower() not in self.SUFFIXES:
            raise FileNotFoundError(requested)
        return candidate

    def listing(self) -> List[str]:
        return sorted(
            p.relative_to(self.root).as_posix()
            for p in self.root.rglob("*")
            if p.is_file() and p.suffix.lower() in self.SUFFIXES
        )


class Services:
    exports = ExportArea(os.environ["ROSTER_EXPORT_DIR"])


@app.get("/rosters/exports")
def list_exports():
    return jsonify(files=Services.exports.listing())


@app.get("/rosters/exports/download")
def download_export():
    name = request.args.get("file", "")
    try:
        path = Services.exports.resolve(name)
    except FileNotFoundError:
        abort(404)
    return send_file(path, as_attachment=True, download_name=path.name)
