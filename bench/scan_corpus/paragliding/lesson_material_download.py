"""Serve theory-course handouts (meteorology, air law, SIV notes) to enrolled students."""
from __future__ import annotations

import os
from pathlib import Path

from flask import Flask, abort, jsonify, send_file, session

app = Flask(__name__)
app.config.update(
    SECRET_KEY=os.environ["FLASK_SECRET_KEY"],
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_HTTPONLY=True,
)

MATERIALS_ROOT = Path(os.environ.get("LESSON_MATERIALS_ROOT", "/srv/pgschool/materials")).resolve()
ALLOWED_TYPES = {".pdf", ".mp4", ".png"}


def course_root_for(course: str) -> Path:
    root = (MATERIALS_ROOT / course).resolve()
    if not root.is_relative_to(MATERIALS_ROOT) or not root.is_dir():
        abort(404)
    return root


def resolve_material(course: str, relative_name: str) -> Path:
    course_root = course_root_for(course)
    candidate = (course_root / relative_name).resolve()
    if not candidate.is_relative_to(course_root):
        abort(404)
    if candidate.suffix.lower() not in ALLOWED_TYPES or not candidate.is_file():
        abort(404)
    return candidate


def _enrolled(course: str) -> bool:
    return course in session.get("courses", [])


@app.get("/courses/<course>/materials")
def list_materials(course: str):
    if not _enrolled(course):
        abort(403)
    root = course_root_for(course)
    files = sorted(
        str(p.relative_to(root))
        for p in root.rglob("*")
        if p.is_file() and p.suffix.lower() in ALLOWED_TYPES
    )
    return jsonify({"course": course, "materials": files})


@app.get("/courses/<course>/materials/<path:name>")
def download_material(course: str, name: str):
    if not _enrolled(course):
        abort(403)
    path = resolve_material(course, name)
    return send_file(path, as_attachment=path.suffix.lower() != ".mp4")
