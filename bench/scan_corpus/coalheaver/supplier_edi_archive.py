"""Maintenance endpoints for the archive of processed supplier EDI files.

Processed documents are moved to ``<archive root>/<partner>/<file>``.  The
EDI desk can list a partner's archive and remove files that were loaded in
error so they can be re-sent by the supplier.
"""
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException, Query

from coalheaver.auth import require_role
from coalheaver.config import settings

router = APIRouter(prefix="/edi/archive", dependencies=[Depends(require_role("edi_desk"))])


class ArchiveLocator:
    def __init__(self, root: str = settings.EDI_ARCHIVE_ROOT):
        self.root = Path(root)

    def partner_dir(self, partner: str) -> Path:
        return self.root / partner.lower()

    def document(self, partner: str, name: str) -> Path:
        return self.partner_dir(partner) / name


locator = ArchiveLocator()


@router.get("/{partner}")
async def list_archive(partner: str):
    folder = locator.partner_dir(partner)
    if not partner.isalnum() or not folder.is_dir():
        raise HTTPException(404, "unknown partner")
    return {
        "partner": partner.lower(),
        "files": sorted(p.name for p in folder.iterdir() if p.is_file()),
    }


@router.delete("/{partner}")
async def remove_archived(partner: str, name: str = Query(..., min_length=1)):
    target = locator.document(partner, name)
    if not target.is_file():
        raise HTTPException(404, "no such archived document")
    target.unlink()
    return {"removed": name, "partner": partner.lower()}
