"""Serves approved drawings to customers from the per-commission drawing store."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from flask import Flask, abort, request, send_file

app = Flask(__name__)


@dataclass(frozen=True)
class DrawingStore:
    root: Path

    @classmethod
    def configured(cls, app: Flask) -> "DrawingStore":
        return cls(Path(app.config.get("DRAWING_ROOT", "/srv/forge/approved")).resolve())

    def locate(self, commission_ref: str, filename: str) -> Path:
        candidate = (self.root / commission_ref / filename).resolve()
        if not candidate.is_relative_to(self.root / commission_ref):
            raise PermissionError(filename)
        return candidate

    def list(self, commission_ref: str) -> list[str]:
        folder = self.root / commission_ref
        if not folder.is_dir():
            return []
        return sorted(p.name for p in folder.iterdir() if p.suffix.lower() == ".pdf")


store = DrawingStore.configured(app)


def _authorised_commissions() -> set[str]:
    header = request.headers.get("X-Portal-Commissions", "")
    return {ref for ref in header.split(",") if ref}


@app.get("/commissions/<commission_ref>/drawings")
def list_drawings(commission_ref: str):
    if commission_ref not in _authorised_commissions():
        abort(404)
    return {"drawings": store.list(commission_ref)}


@app.get("/commissions/<commission_ref>/drawings/file")
def drawing_file(commission_ref: str):
    if commission_ref not in _authorised_commissions():
        abort(404)
    try:
        path = store.locate(commission_ref, request.args.get("name", ""))
    except PermissionError:
        abort(400)
    if not path.is_file():
        abort(404)
    return send_file(path, mimetype="application/pdf")
