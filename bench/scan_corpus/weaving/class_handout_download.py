"""Lets enrolled students download handouts for the classes they attend."""
from __future__ import annotations

import os
from functools import wraps

from flask import Flask, abort, g, send_file, session

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["FLASK_SECRET_KEY"]
app.config["HANDOUT_ROOT"] = os.environ.get("HANDOUT_ROOT", "/srv/weaving/handouts")

ENROLMENTS: dict[str, set[str]] = {}


def login_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        student = session.get("student_id")
        if not student:
            abort(401)
        g.student = student
        return view(*args, **kwargs)

    return wrapper


def _enrolled(student: str, class_slug: str) -> bool:
    return class_slug in ENROLMENTS.get(student, set())


@app.get("/classes/<class_slug>/handouts")
@login_required
def list_handouts(class_slug: str):
    if not _enrolled(g.student, class_slug):
        abort(403)
    folder = os.path.join(app.config["HANDOUT_ROOT"], class_slug)
    if not os.path.isdir(folder):
        return {"handouts": []}
    return {"handouts": sorted(n for n in os.listdir(folder) if n.endswith(".pdf"))}


@app.get("/classes/<class_slug>/handouts/<path:filename>")
@login_required
def download_handout(class_slug: str, filename: str):
    if not _enrolled(g.student, class_slug):
        abort(403)
    full_path = os.path.join(app.config["HANDOUT_ROOT"], class_slug, filename)
    if not os.path.isfile(full_path):
        abort(404)
    return send_file(full_path, as_attachment=True)
