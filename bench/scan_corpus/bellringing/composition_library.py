"""Read and delete conductors' composition files.

Each conductor has a folder under COMPOSITION_ROOT; file names come from the
web form, so every path is resolved and confined to that folder.
"""
from __future__ import annotations

import logging
from pathlib import Path

from flask import Blueprint, abort, current_app, g, jsonify, request

log = logging.getLogger(__name__)
bp = Blueprint("compositions", __name__, url_prefix="/compositions")


class CompositionFolder:
    def __init__(self, root: Path, username: str) -> None:
        self.base = (root / username).resolve()

    def locate(self, name: str) -> Path:
        candidate = (self.base / name).resolve()
        if not candidate.is_relative_to(self.base) or candidate == self.base:
            raise PermissionError(name)
        return candidate

    def listing(self) -> list[dict]:
        if not self.base.is_dir():
            return []
        return [
            {"name": p.name, "bytes": p.stat().st_size}
            for p in sorted(self.base.iterdir())
            if p.is_file()
        ]


def folder() -> CompositionFolder:
    return CompositionFolder(Path(current_app.config["COMPOSITION_ROOT"]), g.user.username)


@bp.get("/")
def list_files():
    return jsonify(folder().listing())


@bp.get("/<path:name>")
def read_file(name: str):
    try:
        path = folder().locate(name)
    except PermissionError:
        abort(404)
    if not path.is_file():
        abort(404)
    return path.read_text(encoding="utf-8"), 200, {"Content-Type": "text/plain; charset=utf-8"}


@bp.post("/delete")
def delete_file():
    name = request.form.get("filename", "")
    try:
        path = folder().locate(name)
    except PermissionError:
        abort(400)
    if not path.is_file():
        abort(404)
    path.unlink()
    log.info("%s deleted composition %s", g.user.username, path.name)
    return jsonify({"deleted": path.name})
