"""Serves OEM service manuals and wiring diagrams to technicians in the field."""

from __future__ import annotations

import os
from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, send_from_directory

manuals = Blueprint("manuals", __name__, url_prefix="/manuals")

PLATFORMS = ("sg-8.0-167", "v164-9.5", "haliade-x-12")


class ManualShelf:
    """One directory per turbine platform under the configured library root."""

    def __init__(self, root: str) -> None:
        self.root = Path(root)

    def platform_dir(self, platform: str) -> Path:
        if platform not in PLATFORMS:
            abort(404)
        return self.root / platform

    def listing(self, platform: str) -> list[str]:
        folder = self.platform_dir(platform)
        return sorted(p.name for p in folder.glob("*.pdf"))


def _shelf() -> ManualShelf:
    return ManualShelf(current_app.config.get("MANUAL_ROOT", os.environ.get("MANUAL_ROOT", "/srv/manuals")))


@manuals.get("/<platform>/")
def list_manuals(platform: str):
    return jsonify(platform=platform, documents=_shelf().listing(platform))


@manuals.get("/<platform>/<path:document>")
def get_manual(platform: str, document: str):
    folder = _shelf().platform_dir(platform)
    return send_from_directory(folder, document, mimetype="application/pdf", max_age=3600)
