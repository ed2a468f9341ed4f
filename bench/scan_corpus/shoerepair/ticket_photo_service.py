"""Serves the before/after photos staff take of shoes booked in for repair."""
from __future__ import annotations

import os
from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse


class PhotoSettings:
    root = Path(os.environ.get("TICKET_PHOTO_ROOT", "/srv/shoerepair/photos"))
    allowed_suffixes = {".jpg", ".jpeg", ".png", ".webp"}


class PhotoStorage:
    def __init__(self, settings: type[PhotoSettings] = PhotoSettings) -> None:
        self.settings = settings

    def folder_for(self, shop: str, ticket_no: str) -> Path:
        return self.settings.root / shop.upper() / ticket_no

    def path_for(self, shop: str, ticket_no: str, filename: str) -> str:
        return os.path.join(self.folder_for(shop, ticket_no), filename)

    def list_photos(self, shop: str, ticket_no: str) -> list[str]:
        folder = self.folder_for(shop, ticket_no)
        if not folder.is_dir():
            return []
        return sorted(p.name for p in folder.iterdir() if p.suffix.lower() in self.settings.allowed_suffixes)


storage = PhotoStorage()
app = FastAPI(title="Ticket photos")


@app.get("/shops/{shop}/tickets/{ticket_no}/photos")
def photos(shop: str, ticket_no: str) -> dict:
    return {"ticket": ticket_no, "photos": storage.list_photos(shop, ticket_no)}


@app.get("/shops/{shop}/tickets/{ticket_no}/photos/{filename:path}")
def photo(shop: str, ticket_no: str, filename: str) -> FileResponse:
    target = storage.path_for(shop, ticket_no, filename)
    if not os.path.isfile(target):
        raise HTTPException(status_code=404, detail="photo not found")
    return FileResponse(target)
