"""Serve PDF handouts (throwing guides, glaze safety sheets) to enrolled students."""
from __future__ import annotations

import os
from pathlib import Path

from flask import Flask, abort, send_file, session

app = Flask(__name__)
app.config.update(
    SECRET_KEY=os.environ["STUDIO_SECRET_KEY"],
    HANDOUT_ROOT=os.environ.get("HANDOUT_ROOT", "/srv/studio/handouts"),
)


class HandoutLibrary:
    def __init__(self, root: str) -> None:
        self.root = Path(root)

    def course_dir(self, course_code: str) -> Path:
        if not course_code.isalnum():
            abort(404)
        return self.root / course_code.lower()

    def locate(self, course_code: str, filename: str) -> Path:
        return self.course_dir(course_code) / filename

    def listing(self, course_code: str) -> list[str]:
        folder = self.course_dir(course_code)
        return sorted(p.name for p in folder.glob("*.pdf")) if folder.is_dir() else []


def _enrolled(course_code: str) -> bool:
    return course_code.lower() in {c.lower() for c in session.get("courses", [])}


@app.get("/courses/<course_code>/handouts")
def list_handouts(course_code: str):
    if not _enrolled(course_code):
        abort(403)
    return {"handouts": HandoutLibrary(app.config["HANDOUT_ROOT"]).listing(course_code)}


@app.get("/courses/<course_code>/handouts/<path:filename>")
def download_handout(course_code: str, filename: str):
    if not _enrolled(course_code):
        abort(403)
    path = HandoutLibrary(app.config["HANDOUT_ROOT"]).locate(course_code, filename)
    if not path.is_file():
        abort(404)
    return send_file(path, as_attachment=True, download_name=path.name)
