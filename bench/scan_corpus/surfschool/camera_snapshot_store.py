"""Serve the latest surf-check snapshots captured by each beach camera."""
from __future__ import annotations

import os
from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

SNAPSHOT_ROOT = Path(os.environ.get("SNAPSHOT_ROOT", "/srv/beachcam/snapshots")).resolve()
ALLOWED_SUFFIXES = {".jpg", ".webp"}

app = FastAPI()


class SnapshotStore:
    def __init__(self, root: Path = SNAPSHOT_ROOT) -> None:
        self.root = root

    def resolve(self, camera: str, filename: str) -> Path:
        candidate = (self.root / camera / filename).resolve()
        if not candidate.is_relative_to(self.root):
            raise PermissionError(filename)
        if candidate.suffix.lower() not in ALLOWED_SUFFIXES:
            raise PermissionError(filename)
        return candidate

    def latest(self, camera: str) -> Path:
        folder = (self.root / camera).resolve()
        if not folder.is_relative_to(self.root) or not folder.is_dir():
            raise FileNotFoundError(camera)
        shots = sorted(folder.glob("*.jpg"), key=lambda p: p.stat().st_mtime)
        if not shots:
            raise FileNotFoundError(camera)
        return shots[-1]


store = SnapshotStore()


@app.get("/cams/{camera}/latest")
def latest_snapshot(camera: str) -> FileResponse:
    try:
        return FileResponse(store.latest(camera), media_type="image/jpeg")
    except FileNotFoundError:
        raise HTTPException(404, "no snapshots yet")


@app.get("/cams/{camera}/snapshots/{filename}")
def snapshot(camera: str, filename: str) -> FileResponse:
    try:
        path = store.resolve(camera, filename)
    except PermissionError:
        raise HTTPException(400, "invalid snapshot path")
    if not path.is_file():
        raise HTTPException(404, "snapshot not found")
    return FileResponse(path)
