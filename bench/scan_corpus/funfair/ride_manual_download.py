"""Lets ride crews download manufacturer manuals and maintenance schedules on site."""

from __future__ import annotations

import logging
import os

from flask import Flask, abort, jsonify, request, send_from_directory
from flask_login import LoginManager, current_user, login_required

from .users import load_crew_user

app = Flask(__name__)
app.config.update(
    SECRET_KEY=os.environ["MANUALS_SECRET_KEY"],
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_HTTPONLY=True,
    MANUALS_DIR=os.environ.get("MANUALS_DIR", "/srv/funfair/manuals"),
)
login_manager = LoginManager(app)
login_manager.user_loader(load_crew_user)
log = logging.getLogger(__name__)

ALLOWED_EXTENSIONS = {".pdf", ".docx", ".xlsx"}


@app.get("/manuals")
@login_required
def list_manuals():
    root = app.config["MANUALS_DIR"]
    names = sorted(
        name
        for name in os.listdir(root)
        if os.path.splitext(name)[1].lower() in ALLOWED_EXTENSIONS
    )
    return jsonify({"manuals": names})


@app.get("/manuals/download")
@login_required
def download_manual():
    name = request.args.get("file", "")
    if os.path.splitext(name)[1].lower() not in ALLOWED_EXTENSIONS:
        abort(400, "unsupported document type")
    log.info("manual %s requested by %s", name, current_user.get_id())
    return send_from_directory(app.config["MANUALS_DIR"], name, as_attachment=True)
