"""Download endpoints of the public data portal.

Published datasets are static files (NetCDF, CSV, README) under the release
directory; each dataset has a landing page listing its files.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

from flask import Blueprint, abort, current_app, jsonify, request, send_file

bp = Blueprint("downloads", __name__, url_prefix="/data")

ALLOWED_SUFFIXES = (".nc", ".csv", ".txt", ".md", ".zip")


@dataclass
class DatasetFile:
    name: str
    size: int


class ReleaseDirectory:
    def __init__(self, root: str) -> None:
        self.root = root

    def listing(self, dataset: str) -> list[DatasetFile]:
        folder = os.path.join(self.root, "published")
        prefix = f"{dataset}_"
        return [
            DatasetFile(entry.name, entry.stat().st_size)
            for entry in os.scandir(folder)
            if entry.is_file() and entry.name.startswith(prefix)
        ]

    def resolve(self, filename: str) -> str | None:
        path = os.path.join(self.root, "published", filename)
        if not path.endswith(ALLOWED_SUFFIXES) or not os.path.isfile(path):
            return None
        return path


def _releases() -> ReleaseDirectory:
    return ReleaseDirectory(current_app.config["RELEASE_ROOT"])


@bp.get("/<dataset>/files")
def dataset_files(dataset: str):
    files = _releases().listing(dataset)
    return jsonify([{"name": f.name, "size": f.size} for f in files])


@bp.get("/download")
def download():
    filename = request.args.get("file", "")
    path = _releases().resolve(filename)
    if path is None:
        abort(404)
    current_app.extensions["download_stats"].record(os.path.basename(path))
    return send_file(path, as_attachment=True, download_name=os.path.basename(path))
