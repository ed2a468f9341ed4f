"""Archive of signed allergen sheets kept for each event, with admin clean-up."""
from __future__ import annotations

import logging
import shutil
from datetime import date
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel

from .auth import require_role
from .config import settings

log = logging.getLogger(__name__)
router = APIRouter(prefix="/admin/allergen-sheets")


class SheetArchive:
    """Files live under <root>/<year>/ as PDFs signed off by the head chef."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def store(self, event_id: int, signed_on: date, source: Path) -> Path:
        folder = self.root / str(signed_on.year)
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"event-{event_id}-{signed_on:%Y%m%d}.pdf"
        shutil.copyfile(source, target)
        return target

    def listing(self) -> list[str]:
        return sorted(str(p.relative_to(self.root)) for p in self.root.rglob("*.pdf"))

    def remove(self, relative_name: str) -> bool:
        path = self.root / relative_name
        if not path.exists():
            return False
        path.unlink()
        return True


def get_archive() -> SheetArchive:
    return SheetArchive(Path(settings.allergen_archive_dir))


class DeleteRequest(BaseModel):
    sheet: str
    reason: str


@router.get("")
def list_sheets(archive: SheetArchive = Depends(get_archive), user=Depends(require_role("admin"))):
    return {"sheets": archive.listing()}


@router.post("/delete")
def delete_sheet(
    body: DeleteRequest,
    archive: SheetArchive = Depends(get_archive),
    user=Depends(require_role("admin")),
):
    if not body.sheet.endswith(".pdf"):
        raise HTTPException(status_code=400, detail="only PDF sheets can be removed")
    if not archive.remove(body.sheet):
        raise HTTPException(status_code=404, detail="sheet not found")
    log.info("allergen sheet %s removed by %s: %s", body.sheet, user.email, body.reason)
    return {"removed": body.sheet}
