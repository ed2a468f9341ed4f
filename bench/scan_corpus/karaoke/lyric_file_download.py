"""Serves timed lyric files (.lrc) to the in-room players.

Players request the file named in the song's catalogue entry and cache it
locally for the evening.
"""
from __future__ import annotations

import os

from flask import Flask, abort, request, send_file

app = Flask(__name__)
app.config.from_mapping(
    LYRICS_ROOT=os.environ.get("LYRICS_ROOT", "/srv/karaoke/lyrics"),
    LYRIC_EXTENSIONS=(".lrc", ".kar", ".cdg"),
)

MIMETYPES = {
    ".lrc": "text/plain",
    ".kar": "audio/midi",
    ".cdg": "application/octet-stream",
}


def _player_authorised(req) -> bool:
    from karaoke.players import verify_player_token

    return verify_player_token(req.headers.get("Authorization", ""))


@app.get("/player/lyrics")
def download_lyrics():
    if not _player_authorised(request):
        abort(401)
    name = request.args.get("file", "")
    ext = os.path.splitext(name)[1].lower()
    if ext not in app.config["LYRIC_EXTENSIONS"]:
        abort(400)
    path = os.path.join(app.config["LYRICS_ROOT"], name)
    if not os.path.isfile(path):
        abort(404)
    response = send_file(path, mimetype=MIMETYPES[ext], max_age=12 * 3600)
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response


@app.get("/player/lyrics/health")
def health():
    root = app.config["LYRICS_ROOT"]
    return {"root_present": os.path.isdir(root)}
