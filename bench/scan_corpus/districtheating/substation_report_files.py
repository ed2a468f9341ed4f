"""Serves per-substation commissioning and inspection reports to field engineers."""
from __future__ import annotations

from pathlib import Path

from flask import Flask, abort, request, send_file
from flask_login import login_required


class ReportLibrary:
    def __init__(self, root: Path) -> None:
        self.root = root.resolve()

    @classmethod
    def from_config(cls, config) -> "ReportLibrary":
        return cls(Path(config["SUBSTATION_REPORT_ROOT"]))

    def resolve(self, substation_id: str, name: str) -> Path:
        candidate = (self.root / substation_id / name).resolve()
        if not candidate.is_relative_to(self.root) or not candidate.is_file():
            raise FileNotFoundError(name)
        return candidate

    def listing(self, substation_id: str) -> list[str]:
        folder = (self.root / substation_id).resolve()
        if not folder.is_relative_to(self.root) or not folder.is_dir():
            return []
        return sorted(p.name for p in folder.iterdir() if p.suffix == ".pdf")


app = Flask(__name__)


def library() -> ReportLibrary:
    return ReportLibrary.from_config(app.config)


@app.get("/substations/<substation_id>/reports")
@login_required
def list_reports(substation_id: str):
    return {"substation": substation_id, "reports": library().listing(substation_id)}


@app.get("/substations/<substation_id>/reports/download")
@login_required
def download_report(substation_id: str):
    name = request.args.get("name", "")
    try:
        path = library().resolve(substation_id, name)
    except FileNotFoundError:
        abort(404)
    return send_file(path, mimetype="application/pdf", as_attachment=True, download_name=path.name)
