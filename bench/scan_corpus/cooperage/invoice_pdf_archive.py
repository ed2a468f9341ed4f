"""Lets accounting staff fetch archived customer invoice PDFs by relative path."""

from __future__ import annotations

import os
from pathlib import Path

from flask import Flask, abort, request, send_file


class ArchiveConfig:
    root = Path(os.environ.get("INVOICE_ARCHIVE_ROOT", "/srv/cooperage/invoices"))
    allowed_suffixes = frozenset({".pdf"})


class InvoiceArchive:
    def __init__(self, config: type = ArchiveConfig) -> None:
        self.root = config.root.resolve()
        self.allowed_suffixes = config.allowed_suffixes

    def resolve(self, relative: str) -> Path:
        candidate = (self.root / relative).resolve()
        if not candidate.is_relative_to(self.root):
            raise PermissionError(relative)
        if candidate.suffix.lower() not in self.allowed_suffixes:
            raise PermissionError(relative)
        return candidate

    def year_listing(self, year: int) -> list[str]:
        folder = self.root / str(year)
        if not folder.is_dir():
            return []
        return sorted(p.relative_to(self.root).as_posix() for p in folder.rglob("*.pdf"))


app = Flask(__name__)
archive = InvoiceArchive()


@app.get("/invoices/file")
def invoice_file():
    relative = request.args.get("path", "")
    try:
        path = archive.resolve(relative)
    except PermissionError:
        abort(403)
    if not path.is_file():
        abort(404)
    return send_file(path, mimetype="application/pdf", download_name=path.name)


@app.get("/invoices/<int:year>")
def invoice_year(year: int):
    return {"year": year, "files": archive.year_listing(year)}
