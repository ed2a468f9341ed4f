"""Lets council stock officers download the stockpile survey PDFs for their depots."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from flask import Flask, abort, send_file, session

app = Flask(__name__)


@dataclass(frozen=True)
class ReportStore:
    root: Path = Path("/srv/surveys/reports")

    def path_for(self, depot: str, filename: str) -> Path:
        base = (self.root / depot).resolve()
        candidate = (base / filename).resolve()
        if not candidate.is_relative_to(base):
            raise PermissionError(filename)
        return candidate


class DepotAccess:
    def __init__(self, store: ReportStore) -> None:
        self.store = store

    def resolve(self, council_depots: list[str], depot: str, filename: str) -> Path:
        if depot not in council_depots:
            abort(403)
        try:
            path = self.store.path_for(depot, filename)
        except PermissionError:
            abort(404)
        if not path.is_file() or path.suffix.lower() != ".pdf":
            abort(404)
        return path


access = DepotAccess(ReportStore())


@app.get("/depots/<depot>/surveys/<path:filename>")
def survey_pdf(depot: str, filename: str):
    depots = session.get("depots", [])
    path = access.resolve(depots, depot, filename)
    return send_file(path, mimetype="application/pdf", as_attachment=True,
                     download_name=path.name)
