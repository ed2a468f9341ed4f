"""Guided trip photo gallery management.

Guides upload photos from each trip so paddlers can download them
afterwards. Guides can remove blurry shots or photos a customer has asked
to be taken down.
"""

import os
from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException
from pydantic import BaseModel

from coracle.auth import current_guide

app = FastAPI()

GALLERY_ROOT = Path(os.environ.get("TRIP_GALLERY_ROOT", "/srv/coracle/gallery"))


class RemovalRequest(BaseModel):
    photos: list[str]
    reason: str = "guide removed"


def trip_folder(trip_id: int) -> Path:
    return GALLERY_ROOT / f"trip-{trip_id:06d}"


def remove_photos(trip_id: int, names: list[str]) -> list[str]:
    folder = trip_folder(trip_id)
    removed = []
    for name in names:
        photo = folder / name
        if photo.is_file():
            photo.unlink()
            removed.append(name)
    return removed


@app.get("/trips/{trip_id}/photos")
def list_photos(trip_id: int) -> dict:
    folder = trip_folder(trip_id)
    if not folder.is_dir():
        return {"photos": []}
    return {"photos": sorted(p.name for p in folder.iterdir() if p.is_file())}


@app.post("/trips/{trip_id}/photos/remove")
def remove(trip_id: int, body: RemovalRequest, guide=Depends(current_guide)) -> dict:
    if trip_id not in guide.trip_ids:
        raise HTTPException(status_code=403, detail="Not your trip")
    removed = remove_photos(trip_id, body.photos)
    return {"removed": removed, "reason": body.reason}
