"""Serves bell profile drawings and frame plans to logged-in installers."""
from __future__ import annotations

import os
from pathlib import Path

from flask import Blueprint, abort, request, send_file
from flask_login import current_user, login_required

bp = Blueprint("drawings", __name__, url_prefix="/drawings")


class DrawingArchive:
    allowed_suffixes = {".pdf", ".dxf", ".png"}

    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.root = Path(root).resolve()

    def project_dir(self, project_code: str) -> Path:
        return self.root / project_code

    def locate(self, project_code: str, relative: str) -> Path:
        base = self.project_dir(project_code).resolve()
        candidate = (base / relative).resolve()
        if not candidate.is_relative_to(base) or not base.is_relative_to(self.root):
            abort(404)
        if candidate.suffix.lower() not in self.allowed_suffixes or not candidate.is_file():
            abort(404)
        return candidate


class InstallerAccess:
    @staticmethod
    def may_view(project_code: str) -> bool:
        projects = getattr(current_user, "project_codes", ()) or ()
        return project_code in projects


archive = DrawingArchive(os.environ.get("DRAWING_ARCHIVE_ROOT", "/srv/foundry/drawings"))


@bp.get("/<project_code>")
@login_required
def fetch_drawing(project_code: str):
    if not InstallerAccess.may_view(project_code):
        abort(403)
    relative = request.args.get("path", "")
    if not relative:
        abort(400)
    path = archive.locate(project_code, relative)
    return send_file(path, as_attachment=True, download_name=path.name)


@bp.get("/<project_code>/index")
@login_required
def list_drawings(project_code: str):
    if not InstallerAccess.may_view(project_code):
        abort(403)
    base = archive.project_dir(project_code).resolve()
    files = sorted(
        str(p.relative_to(base)) for p in base.rglob("*") if p.suffix.lower() in archive.allowed_suffixes
    )
    return {"project": project_code, "files": files}
