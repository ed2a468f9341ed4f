"""Safety Data Sheet library for the office and the technician app."""

from __future__ import annotations

import os

from flask import Flask, abort, jsonify, request, send_from_directory
from werkzeug.utils import secure_filename

app = Flask(__name__)
app.config.from_prefixed_env()
app.config.setdefault("SDS_DIR", "/srv/pestcontrol/sds")
app.config.setdefault("MAX_CONTENT_LENGTH", 20 * 1024 * 1024)


def sds_dir() -> str:
    return app.config["SDS_DIR"]


@app.get("/sds")
def list_sheets():
    q = request.args.get("q", "").lower()
    names = sorted(n for n in os.listdir(sds_dir()) if n.lower().endswith(".pdf"))
    return jsonify([n for n in names if q in n.lower()])


@app.get("/sds/<path:name>")
def get_sheet(name: str):
    if not name.lower().endswith(".pdf"):
        abort(404)
    return send_from_directory(sds_dir(), name, mimetype="application/pdf")


@app.post("/sds")
def upload_sheet():
    upload = request.files.get("sheet")
    if upload is None or not upload.filename:
        abort(400)
    name = secure_filename(upload.filename)
    if not name.lower().endswith(".pdf"):
        abort(415)
    upload.save(os.path.join(sds_dir(), name))
    return jsonify({"name": name}), 201
