"""Download endpoint for anonymised PACS exports.

A nightly job writes zipped DICOM exports (research cohorts, teaching
files) into the export spool; physicists download them from here.
"""
import logging
import os

from flask import Flask, abort, jsonify, request, send_file, session

app = Flask(__name__)
app.config.update(
    SECRET_KEY=os.environ["PACS_EXPORT_SECRET_KEY"],
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_HTTPONLY=True,
)
log = logging.getLogger("nm.pacs_export")

EXPORT_ROOT = os.environ.get("PACS_EXPORT_ROOT", "/srv/pacs/exports")
ALLOWED_ROLES = {"physicist", "researcher", "admin"}


def _require_role() -> str:
    role = session.get("role")
    if role not in ALLOWED_ROLES:
        abort(403)
    return session["username"]


@app.get("/exports")
def list_exports():
    _require_role()
    entries = []
    for name in sorted(os.listdir(EXPORT_ROOT)):
        path = os.path.join(EXPORT_ROOT, name)
        if name.endswith(".zip") and os.path.isfile(path):
            entries.append({"name": name, "size": os.path.getsize(path)})
    return jsonify(entries)


@app.get("/exports/download")
def download_export():
    user = _require_role()
    filename = request.args.get("file", "")
    if not filename.endswith(".zip"):
        abort(400)
    path = os.path.join(EXPORT_ROOT, filename)
    if not os.path.isfile(path):
        abort(404)
    log.info("user %s downloaded export %s", user, filename)
    return send_file(path, mimetype="application/zip", as_attachment=True,
                     download_name=os.path.basename(path))
