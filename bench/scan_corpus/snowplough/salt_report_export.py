"""Download endpoint for generated salt usage reports (CSV/PDF)."""
from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from flask import Flask, abort, request, send_file

app = Flask(__name__)


class ReportArchive:
    """Reports are written nightly by the stock job into one folder per season."""

    def __init__(self, root: str | None = None) -> None:
        self._root = Path(root or os.environ.get("SALT_REPORT_ROOT", "/srv/winter/reports"))

    @property
    def season(self) -> str:
        today = date.today()
        start = today.year if today.month >= 7 else today.year - 1
        return f"{start}-{start + 1}"

    @property
    def base_dir(self) -> Path:
        return self._root / self.season

    def locate(self, name: str) -> Path:
        return self.base_dir / name

    def listing(self) -> list[str]:
        if not self.base_dir.exists():
            return []
        return sorted(p.name for p in self.base_dir.iterdir() if p.is_file())


archive = ReportArchive()

MIME_TYPES = {
    ".csv": "text/csv",
    ".pdf": "application/pdf",
}


@app.get("/reports")
def list_reports():
    return {"season": archive.season, "reports": archive.listing()}


@app.get("/reports/download")
def download_report():
    name = request.args.get("file", "")
    if not name:
        abort(400)
    path = archive.locate(name)
    if not path.is_file():
        abort(404)
    mimetype = MIME_TYPES.get(path.suffix.lower(), "application/octet-stream")
    return send_file(path, mimetype=mimetype, as_attachment=True, download_name=path.name)
