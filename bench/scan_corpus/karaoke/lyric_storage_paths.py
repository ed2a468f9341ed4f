"""On-disk layout of lyric files on a venue media server.

Lyrics are stored per song and language as
``<root>/<song id % 1000>/<song id>/<language>.lrc``.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

app = FastAPI()

LYRICS_ROOT = os.environ.get("LYRICS_ROOT", "/srv/karaoke/lyrics")
LANGUAGES = frozenset({"en", "es", "pt", "ja", "ko", "zh", "tl", "pl"})


@dataclass(frozen=True)
class LyricLocation:
    song_id: int
    language: str

    def __post_init__(self) -> None:
        if self.language not in LANGUAGES:
            raise ValueError(f"unsupported language {self.language!r}")

    @property
    def relative_path(self) -> str:
        return os.path.join(f"{self.song_id % 1000:03d}", str(self.song_id), f"{self.language}.lrc")

    def absolute(self, root: str = LYRICS_ROOT) -> str:
        return os.path.join(root, self.relative_path)


def write_lyrics(song_id: int, language: str, content: str) -> str:
    location = LyricLocation(song_id, language)
    target = location.absolute()
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as fh:
        fh.write(content)
    return location.relative_path


@app.get("/lyrics/{song_id}/{language}")
def get_lyrics(song_id: int, language: str):
    try:
        location = LyricLocation(song_id, language)
    except ValueError:
        raise HTTPException(status_code=404)
    target = location.absolute()
    if not os.path.isfile(target):
        raise HTTPException(status_code=404)
    return FileResponse(target, media_type="text/plain; charset=utf-8")
