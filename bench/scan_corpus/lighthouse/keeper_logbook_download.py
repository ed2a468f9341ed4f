"""Serve scanned keeper logbook pages to researchers with a reading-room account."""
from __future__ import annotations

import os
from functools import wraps

from flask import Flask, abort, g, request, send_file, session

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["READING_ROOM_SESSION_KEY"]

LOGBOOK_DIR = os.environ.get("LOGBOOK_DIR", "/srv/archive/logbooks")


def researcher_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        if "researcher_id" not in session:
            abort(401)
        g.researcher_id = session["researcher_id"]
        return view(*args, **kwargs)

    return wrapper


def logbook_file(station: str, page: str) -> str:
    return os.path.join(LOGBOOK_DIR, station, page)


def mimetype_for(name: str) -> str:
    if name.lower().endswith(".pdf"):
        return "application/pdf"
    if name.lower().endswith((".tif", ".tiff")):
        return "image/tiff"
    return "image/jpeg"


@app.get("/logbooks/<station>")
@researcher_required
def download_page(station: str):
    page = request.args.get("page", "")
    if not page:
        abort(400, "page parameter required")
    path = logbook_file(station, page)
    if not os.path.isfile(path):
        abort(404)
    app.logger.info("researcher %s fetched %s/%s", g.researcher_id, station, page)
    return send_file(path, mimetype=mimetype_for(page), download_name=os.path.basename(path))
