"""Download printed scorecards (PDF) that scorers upload after each match."""
from __future__ import annotations

import os
from datetime import datetime

from flask import Flask, abort, jsonify, request, send_file
from werkzeug.utils import secure_filename

app = Flask(__name__)
app.config["SCORECARD_DIR"] = os.environ.get("SCORECARD_DIR", "/srv/cricketclub/scorecards")
app.config["MAX_CONTENT_LENGTH"] = 10 * 1024 * 1024


def scorecard_dir() -> str:
    return app.config["SCORECARD_DIR"]


@app.post("/scorecards")
def upload_scorecard():
    upload = request.files.get("file")
    if upload is None or not upload.filename:
        abort(400, "no file")
    if not upload.filename.lower().endswith(".pdf"):
        abort(415, "scorecards must be PDF")
    name = secure_filename(upload.filename)
    upload.save(os.path.join(scorecard_dir(), name))
    return jsonify(stored=name), 201


@app.get("/scorecards")
def list_scorecards():
    entries = []
    with os.scandir(scorecard_dir()) as it:
        for entry in it:
            if entry.is_file() and entry.name.endswith(".pdf"):
                stat = entry.stat()
                entries.append(
                    {
                        "name": entry.name,
                        "size": stat.st_size,
                        "uploaded": datetime.fromtimestamp(stat.st_mtime).isoformat(timespec="minutes"),
                    }
                )
    entries.sort(key=lambda e: e["uploaded"], reverse=True)
    return jsonify(entries)


@app.get("/scorecards/download")
def download_scorecard():
    name = request.args.get("name", "")
    if not name:
        abort(400, "name is required")
    path = os.path.join(scorecard_dir(), name)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, mimetype="application/pdf", as_attachment=True)
