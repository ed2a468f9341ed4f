"""Serve PDF handouts (jig drawings, sharpening angles, finishing guides) to students."""
from __future__ import annotations

import os
from functools import wraps

from flask import Flask, abort, g, jsonify, send_file, session

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["FLASK_SECRET_KEY"]
app.config["SESSION_COOKIE_SECURE"] = True
app.config["SESSION_COOKIE_HTTPONLY"] = True

HANDOUT_DIR = os.environ.get("HANDOUT_DIR", "/srv/woodturning/handouts")


def login_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        student_id = session.get("student_id")
        if student_id is None:
            abort(401)
        g.student_id = student_id
        return view(*args, **kwargs)

    return wrapper


def _list_handouts() -> list[dict]:
    entries = []
    for name in sorted(os.listdir(HANDOUT_DIR)):
        full = os.path.join(HANDOUT_DIR, name)
        if name.lower().endswith(".pdf") and os.path.isfile(full):
            entries.append({"name": name, "size": os.path.getsize(full)})
    return entries


@app.get("/handouts")
@login_required
def index():
    return jsonify(handouts=_list_handouts())


@app.get("/handouts/<path:filename>")
@login_required
def download(filename: str):
    full_path = os.path.join(HANDOUT_DIR, filename)
    if not os.path.isfile(full_path):
        abort(404)
    return send_file(full_path, mimetype="application/pdf", as_attachment=True)
