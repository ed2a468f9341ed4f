"""Serves water and tissue lab reports to growers from the shared reports volume."""
from __future__ import annotations

import os
from pathlib import Path

from flask import Blueprint, abort, current_app, send_file

reports = Blueprint("reports", __name__, url_prefix="/reports")


class ReportStore:
    root_setting = "LAB_REPORT_ROOT"
    allowed_types = {".pdf": "application/pdf", ".csv": "text/csv"}

    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.root = Path(root).resolve()

    def locate(self, farm_id: str, filename: str) -> Path:
        candidate = (self.root / farm_id / filename).resolve()
        if not candidate.is_relative_to(self.root / farm_id):
            raise PermissionError(filename)
        if candidate.suffix.lower() not in self.allowed_types:
            raise PermissionError(filename)
        if not candidate.is_file():
            raise FileNotFoundError(filename)
        return candidate

    def mimetype(self, path: Path) -> str:
        return self.allowed_types[path.suffix.lower()]


def _store() -> ReportStore:
    return ReportStore(current_app.config[ReportStore.root_setting])


@reports.get("/<farm_id>/<path:filename>")
def download(farm_id: str, filename: str):
    if not farm_id.isalnum():
        abort(404)
    store = _store()
    try:
        path = store.locate(farm_id, filename)
    except PermissionError:
        abort(403)
    except FileNotFoundError:
        abort(404)
    return send_file(path, mimetype=store.mimetype(path), as_attachment=True, download_name=path.name)
