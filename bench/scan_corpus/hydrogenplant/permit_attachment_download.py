"""Download handler for the scanned sign-off sheets attached to closed safety permits."""
from __future__ import annotations

from pathlib import Path

from flask import Flask, abort, request, send_file


class PermitArchive:
    """Closed permits are archived as <root>/<year>/<permit_no>/<sheet>."""

    def __init__(self, root: str) -> None:
        self.root = Path(root).resolve()

    def resolve_sheet(self, year: str, permit_no: str, sheet: str) -> Path:
        candidate = (self.root / year / permit_no / sheet).resolve()
        if not candidate.is_relative_to(self.root):
            raise PermissionError(sheet)
        return candidate

    def sheets(self, year: str, permit_no: str) -> list[str]:
        folder = (self.root / year / permit_no).resolve()
        if not folder.is_relative_to(self.root) or not folder.is_dir():
            return []
        return sorted(p.name for p in folder.iterdir() if p.is_file())


def create_app(archive_root: str) -> Flask:
    app = Flask(__name__)
    archive = PermitArchive(archive_root)

    @app.get("/archive/<year>/<permit_no>")
    def list_sheets(year: str, permit_no: str):
        return {"permit": permit_no, "sheets": archive.sheets(year, permit_no)}

    @app.get("/archive/<year>/<permit_no>/sheet")
    def get_sheet(year: str, permit_no: str):
        sheet = request.args.get("name", "")
        try:
            path = archive.resolve_sheet(year, permit_no, sheet)
        except PermissionError:
            abort(403)
        if not path.is_file():
            abort(404)
        return send_file(path, mimetype="application/pdf", as_attachment=True, download_name=path.name)

    return app
