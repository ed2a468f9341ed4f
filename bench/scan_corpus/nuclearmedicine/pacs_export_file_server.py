"""Serve de-identified PACS export archives to the research team.

Exports are produced nightly into the spool directory; a researcher picks
one from the listing and downloads it here.
"""
import logging
import os

from flask import Flask, abort, jsonify, request, send_from_directory, session

app = Flask(__name__)
app.config.update(
    SECRET_KEY=os.environ["PACS_EXPORT_SECRET_KEY"],
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_HTTPONLY=True,
)
log = logging.getLogger("nm.export_server")

EXPORT_ROOT = os.environ.get("PACS_EXPORT_ROOT", "/srv/pacs/exports")


def _current_user() -> str:
    if session.get("role") not in {"researcher", "physicist"}:
        abort(403)
    return session["username"]


@app.get("/exports")
def exports():
    _current_user()
    return jsonify(sorted(
        name for name in os.listdir(EXPORT_ROOT)
        if name.endswith(".zip") and os.path.isfile(os.path.join(EXPORT_ROOT, name))
    ))


@app.get("/exports/file")
def export_file():
    user = _current_user()
    name = request.args.get("name", "")
    if not name.endswith(".zip"):
        abort(400)
    log.info("export %s requested by %s", name, user)
    return send_from_directory(EXPORT_ROOT, name, mimetype="application/zip", as_attachment=True)
