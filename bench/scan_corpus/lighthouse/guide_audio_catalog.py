"""Audio guide catalogue served at the visitor centre kiosks."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

AUDIO_ROOT = Path(os.environ.get("AUDIO_ROOT", "/srv/lighthouse/audio"))


@dataclass(frozen=True)
class GuideTrack:
    title: str
    filename: str
    duration_s: int


CATALOGUE: dict[str, dict[str, GuideTrack]] = {
    "en": {
        "welcome": GuideTrack("Welcome to the tower", "en_01_welcome.mp3", 95),
        "lantern": GuideTrack("The lantern room", "en_02_lantern.mp3", 240),
        "keepers": GuideTrack("Life of a keeper", "en_03_keepers.mp3", 310),
    },
    "cy": {
        "welcome": GuideTrack("Croeso i'r tŵr", "cy_01_croeso.mp3", 101),
        "lantern": GuideTrack("Ystafell y lamp", "cy_02_lamp.mp3", 252),
    },
}

app = FastAPI(title="Audio guide")


def resolve_track(lang: str, slug: str) -> tuple[GuideTrack, Path]:
    try:
        track = CATALOGUE[lang][slug]
    except KeyError:
        raise HTTPException(status_code=404, detail="track not in catalogue") from None
    return track, AUDIO_ROOT / lang / track.filename


@app.get("/guide/{lang}")
def list_tracks(lang: str) -> list[dict]:
    tracks = CATALOGUE.get(lang)
    if tracks is None:
        raise HTTPException(status_code=404, detail="language not offered")
    return [{"slug": s, "title": t.title, "duration_s": t.duration_s} for s, t in tracks.items()]


@app.get("/guide/{lang}/{slug}")
def play_track(lang: str, slug: str) -> FileResponse:
    track, path = resolve_track(lang, slug)
    if not path.is_file():
        raise HTTPException(status_code=410, detail="recording withdrawn")
    return FileResponse(path, media_type="audio/mpeg", filename=track.filename)
