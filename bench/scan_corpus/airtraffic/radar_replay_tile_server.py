"""Serves pre-rendered radar replay map tiles to the investigation viewer."""
from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse
from pydantic_settings import BaseSettings


class TileSettings(BaseSettings):
    tile_root: Path = Path("/srv/radar-replay/tiles")
    media_type: str = "image/png"

    class Config:
        env_prefix = "REPLAY_"


class TileResolver:
    def __init__(self, settings: TileSettings) -> None:
        self._root = settings.tile_root.resolve()
        self.media_type = settings.media_type

    @property
    def root(self) -> Path:
        return self._root

    def resolve(self, session: str, relative: str) -> Path:
        candidate = (self._root / session / relative).resolve()
        if not candidate.is_relative_to(self._root):
            raise PermissionError(relative)
        return candidate


app = FastAPI(title="Replay tiles")
resolver = TileResolver(TileSettings())


@app.get("/replay/{session}/tiles/{tile_path:path}")
def tile(session: str, tile_path: str) -> FileResponse:
    try:
        path = resolver.resolve(session, tile_path)
    except PermissionError:
        raise HTTPException(status_code=400, detail="invalid tile path") from None
    if path.suffix != ".png" or not path.is_file():
        raise HTTPException(status_code=404, detail="tile not found")
    return FileResponse(path, media_type=resolver.media_type)
