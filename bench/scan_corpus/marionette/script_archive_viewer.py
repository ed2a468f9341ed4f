"""Serves archived show scripts and rehearsal notes to company members."""

from __future__ import annotations

from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, send_file, session

bp = Blueprint("script_viewer", __name__, url_prefix="/scripts")

READABLE_SUFFIXES = {".pdf", ".txt", ".fdx"}


class ScriptArchive:
    def __init__(self, root: str | Path) -> None:
        self.root = Path(root).resolve()

    def locate(self, relative_name: str) -> Path:
        candidate = (self.root / relative_name).resolve()
        if not candidate.is_relative_to(self.root):
            raise PermissionError(relative_name)
        if candidate.suffix.lower() not in READABLE_SUFFIXES or not candidate.is_file():
            raise FileNotFoundError(relative_name)
        return candidate

    def productions(self) -> list[str]:
        return sorted(p.name for p in self.root.iterdir() if p.is_dir())


def _archive() -> ScriptArchive:
    return ScriptArchive(current_app.config["SCRIPT_ARCHIVE_DIR"])


@bp.before_request
def _members_only() -> None:
    if "performer_id" not in session:
        abort(401)


@bp.get("/")
def productions():
    return jsonify(_archive().productions())


@bp.get("/<path:relative_name>")
def view_script(relative_name: str):
    try:
        path = _archive().locate(relative_name)
    except (PermissionError, FileNotFoundError):
        abort(404)
    return send_file(path, download_name=path.name)
