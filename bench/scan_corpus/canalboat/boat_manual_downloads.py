"""Owner's manuals and engine guides for each boat class.

Hirers can download the handbook for the boat they have booked: stove
lighting, pump-out procedure, engine checks and the lock-working guide.
"""
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from canalboat.auth import current_hirer
from canalboat.settings import settings

router = APIRouter(prefix="/manuals", tags=["manuals"])


class ManualLibrary:
    def __init__(self, root: Path, suffixes: tuple[str, ...] = (".pdf", ".epub")):
        self.root = root
        self.suffixes = suffixes

    def folder(self, boat_class: str) -> Path:
        return self.root / boat_class.lower()

    def locate(self, boat_class: str, document: str) -> Path:
        return self.folder(boat_class) / document

    def listing(self, boat_class: str) -> list[str]:
        folder = self.folder(boat_class)
        if not folder.is_dir():
            return []
        return sorted(p.name for p in folder.iterdir() if p.suffix in self.suffixes)


library = ManualLibrary(settings.manual_root)


@router.get("/{boat_class}")
async def list_manuals(boat_class: str, hirer=Depends(current_hirer)):
    return {"boat_class": boat_class, "documents": library.listing(boat_class)}


@router.get("/{boat_class}/{document:path}")
async def download_manual(boat_class: str, document: str, hirer=Depends(current_hirer)):
    target = library.locate(boat_class, document)
    if not target.is_file():
        raise HTTPException(status_code=404, detail="manual not found")
    return FileResponse(target, filename=target.name)
