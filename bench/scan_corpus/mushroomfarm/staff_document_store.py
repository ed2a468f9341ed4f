"""Serves staff handbook and SOP documents (PDF) from the shared documents folder."""

from __future__ import annotations

import os
from pathlib import Path

from flask import Blueprint, abort, send_file

bp = Blueprint("staff_docs", __name__, url_prefix="/staff/docs")


class DocumentRoot:
    def __init__(self, root: str | None = None) -> None:
        base = root or os.environ.get("STAFF_DOCS_ROOT", "/srv/farm/staff-docs")
        self.root = Path(base).resolve()

    def locate(self, relative: str) -> Path:
        candidate = (self.root / relative).resolve()
        if not candidate.is_relative_to(self.root) or not candidate.is_file():
            raise FileNotFoundError(relative)
        return candidate

    def listing(self) -> list[str]:
        return sorted(str(p.relative_to(self.root)) for p in self.root.rglob("*.pdf"))


docs = DocumentRoot()


@bp.get("/")
def index():
    return {"documents": docs.listing()}


@bp.get("/<path:relative>")
def fetch(relative: str):
    try:
        path = docs.locate(relative)
    except FileNotFoundError:
        abort(404)
    return send_file(path, mimetype="application/pdf", as_attachment=False)
