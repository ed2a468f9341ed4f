"""OTA endpoint the vests poll to fetch firmware images for their hardware revision."""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

from fastapi import FastAPI, Header, HTTPException, Query
from fastapi.responses import Response

app = FastAPI(title="LaserQuest vest OTA")

FIRMWARE_DIR = Path(os.environ.get("VEST_FIRMWARE_DIR", "/srv/laserquest/firmware"))
SUPPORTED_REVISIONS = {"v2", "v3", "v3b"}


class FirmwareStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def image_path(self, revision: str, filename: str) -> Path:
        return self.root / revision / filename

    def read_image(self, revision: str, filename: str) -> bytes:
        path = self.image_path(revision, filename)
        if not path.is_file():
            raise FileNotFoundError(filename)
        return path.read_bytes()

    def latest_image(self, revision: str) -> str | None:
        folder = self.root / revision
        images = sorted(p.name for p in folder.glob("*.bin"))
        return images[-1] if images else None


store = FirmwareStore(FIRMWARE_DIR)


@app.get("/ota/{revision}/latest")
def latest(revision: str) -> dict:
    if revision not in SUPPORTED_REVISIONS:
        raise HTTPException(404, "unknown hardware revision")
    filename = store.latest_image(revision)
    if filename is None:
        raise HTTPException(404, "no firmware published")
    return {"revision": revision, "file": filename}


@app.get("/ota/{revision}/image")
def image(
    revision: str,
    file: str = Query(..., max_length=128),
    x_vest_serial: str = Header(...),
) -> Response:
    if revision not in SUPPORTED_REVISIONS:
        raise HTTPException(404, "unknown hardware revision")
    try:
        payload = store.read_image(revision, file)
    except FileNotFoundError:
        raise HTTPException(404, "firmware not found")
    return Response(
        content=payload,
        media_type="application/octet-stream",
        headers={
            "X-Firmware-SHA256": hashlib.sha256(payload).hexdigest(),
            "X-Vest-Serial": x_vest_serial,
        },
    )
