"""Cache of MIDI renderings of book-music rolls, served to the customer portal player."""
from __future__ import annotations

import hashlib
import os
from typing import Optional

from flask import Flask, Response, abort, request

app = Flask(__name__)
app.config.from_prefixed_env("ORGAN")


class MidiExportCache:
    """Stores rendered MIDI files under a cache directory, one file per roll variant."""

    def __init__(self, cache_root: str) -> None:
        self.cache_root = os.path.abspath(cache_root)
        os.makedirs(self.cache_root, exist_ok=True)

    def key_for(self, roll_id: int, tempo: int, transpose: int) -> str:
        raw = f"{roll_id}:{tempo}:{transpose}".encode()
        return hashlib.sha256(raw).hexdigest()[:24] + ".mid"

    def resolve(self, name: str) -> str:
        return os.path.normpath(os.path.join(self.cache_root, name))

    def read(self, name: str) -> Optional[bytes]:
        path = self.resolve(name)
        if not os.path.exists(path):
            return None
        with open(path, "rb") as fh:
            return fh.read()

    def write(self, name: str, data: bytes) -> None:
        path = self.resolve(name)
        tmp = path + ".part"
        with open(tmp, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)


cache = MidiExportCache(app.config.get("MIDI_CACHE", "/var/cache/organgrinder/midi"))


@app.get("/player/midi")
def player_midi():
    name = request.args.get("file", "")
    if not name:
        abort(400)
    data = cache.read(name)
    if data is None:
        abort(404)
    return Response(data, mimetype="audio/midi")


@app.get("/player/midi-key")
def player_midi_key():
    roll_id = request.args.get("roll", type=int)
    tempo = request.args.get("tempo", type=int, default=100)
    transpose = request.args.get("transpose", type=int, default=0)
    if roll_id is None:
        abort(400)
    return {"file": cache.key_for(roll_id, tempo, transpose)}
