"""Archive of scanned movement licences and National Vendor Declarations.

Transport companies and saleyard agents fetch copies of the paperwork for a
consignment through this small service. Documents for multi-deck loads are
kept in a sub-folder per consignment.
"""
from __future__ import annotations

import mimetypes
import os

from fastapi import Depends, FastAPI, HTTPException
from fastapi.responses import FileResponse

from .auth import agent_api_key

ARCHIVE_ROOT = os.environ.get("LICENCE_ARCHIVE_ROOT", "/srv/sheepfarm/licences")

app = FastAPI(title="Licence archive")


class ArchivePaths:
    def __init__(self, root: str):
        self.root = os.path.abspath(root)

    def resolve(self, *parts: str) -> str:
        return os.path.normpath(os.path.join(self.root, *parts))

    def listing(self, year: int) -> list[str]:
        folder = self.resolve(str(year))
        if not os.path.isdir(folder):
            return []
        found = []
        for dirpath, _dirs, files in os.walk(folder):
            rel = os.path.relpath(dirpath, folder)
            for name in files:
                if name.lower().endswith(".pdf"):
                    found.append(name if rel == "." else f"{rel}/{name}")
        return sorted(found)


paths = ArchivePaths(ARCHIVE_ROOT)


@app.get("/licences/{year}")
def list_licences(year: int, _agent: str = Depends(agent_api_key)):
    if year < 2000 or year > 2100:
        raise HTTPException(400, "year out of range")
    return {"year": year, "files": paths.listing(year)}


@app.get("/licences/{year}/{document:path}")
def fetch_licence(year: int, document: str, _agent: str = Depends(agent_api_key)):
    full = paths.resolve(str(year), document)
    if not os.path.isfile(full):
        raise HTTPException(404, "no such document")
    media_type = mimetypes.guess_type(full)[0] or "application/pdf"
    return FileResponse(full, media_type=media_type, filename=os.path.basename(full))
