"""Archive of historical scorecards (scanned books and PDFs) for members to download."""
from __future__ import annotations

import os
from datetime import datetime

from flask import Flask, abort, jsonify, request, send_from_directory
from werkzeug.utils import secure_filename

app = Flask(__name__)
app.config["ARCHIVE_DIR"] = os.environ.get("SCORECARD_ARCHIVE_DIR", "/srv/cricketclub/archive")
app.config["MAX_CONTENT_LENGTH"] = 25 * 1024 * 1024

ALLOWED = (".pdf", ".jpg", ".png")


def archive_dir() -> str:
    return app.config["ARCHIVE_DIR"]


@app.post("/archive")
def upload():
    item = request.files.get("file")
    if item is None or not item.filename:
        abort(400, "no file")
    name = secure_filename(item.filename)
    if not name.lower().endswith(ALLOWED):
        abort(415)
    item.save(os.path.join(archive_dir(), name))
    return jsonify(stored=name), 201


@app.get("/archive")
def listing():
    season = request.args.get("season", "")
    entries = []
    with os.scandir(archive_dir()) as it:
        for entry in it:
            if entry.is_file() and entry.name.lower().endswith(ALLOWED) and season in entry.name:
                entries.append(
                    {
                        "name": entry.name,
                        "modified": datetime.fromtimestamp(entry.stat().st_mtime).date().isoformat(),
                    }
                )
    return jsonify(sorted(entries, key=lambda e: e["name"]))


@app.get("/archive/download")
def download():
    name = request.args.get("name", "")
    if not name:
        abort(400, "name is required")
    return send_from_directory(archive_dir(), name, as_attachment=True)
