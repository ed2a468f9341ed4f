"""Printable lyric sheets for private parties (PDF), served from shared storage."""
from __future__ import annotations

import os

from flask import Flask, abort, request, send_from_directory
from werkzeug.exceptions import NotFound

app = Flask(__name__)
app.config.update(
    LYRIC_SHEETS_DIR=os.environ.get("LYRIC_SHEETS_DIR", "/srv/karaoke/lyric-sheets"),
    SHEET_CACHE_SECONDS=3600,
)


def _member_can_print(member_token: str | None) -> bool:
    from karaoke.members import token_has_perk

    return bool(member_token) and token_has_perk(member_token, "lyric_sheets")


@app.get("/lyric-sheets/<path:filename>")
def lyric_sheet(filename: str):
    if not _member_can_print(request.cookies.get("member_token")):
        abort(403)
    if not filename.lower().endswith(".pdf"):
        abort(404)
    try:
        return send_from_directory(
            app.config["LYRIC_SHEETS_DIR"],
            filename,
            mimetype="application/pdf",
            max_age=app.config["SHEET_CACHE_SECONDS"],
        )
    except NotFound:
        abort(404)


@app.get("/lyric-sheets/")
def list_sheets():
    if not _member_can_print(request.cookies.get("member_token")):
        abort(403)
    root = app.config["LYRIC_SHEETS_DIR"]
    names = sorted(n for n in os.listdir(root) if n.lower().endswith(".pdf"))
    return {"sheets": names}
