"""Serve caliber service manuals to authorised watchmakers."""
from __future__ import annotations

import os
from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException
from fastapi.responses import FileResponse

from workshop_auth import WorkshopUser, require_role

app = FastAPI(title="Technical documentation")

MANUALS_ROOT = os.environ.get("SERVICE_MANUALS_ROOT", "/srv/docs/manuals")
KNOWN_CALIBERS = {"WM-2824", "WM-3135", "WM-7750", "WM-9015"}

workshop_member = require_role("watchmaker")


class ManualLocator:
    def __init__(self, root: str = MANUALS_ROOT) -> None:
        self.root = root

    def caliber_dir(self, caliber: str) -> str:
        if caliber not in KNOWN_CALIBERS:
            raise HTTPException(status_code=404, detail="unknown caliber")
        return os.path.join(self.root, caliber)

    def locate(self, caliber: str, document: str) -> str:
        return os.path.join(self.caliber_dir(caliber), document)


locator = ManualLocator()


@app.get("/manuals/{caliber}")
def list_manuals(caliber: str, user: WorkshopUser = Depends(workshop_member)) -> dict:
    folder = Path(locator.caliber_dir(caliber))
    return {"caliber": caliber, "documents": sorted(p.name for p in folder.glob("*.pdf"))}


@app.get("/manuals/{caliber}/download")
def download_manual(
    caliber: str, document: str, user: WorkshopUser = Depends(workshop_member)
) -> FileResponse:
    path = locator.locate(caliber, document)
    if not os.path.isfile(path):
        raise HTTPException(status_code=404, detail="no such document")
    return FileResponse(path, media_type="application/pdf", filename=os.path.basename(path))
