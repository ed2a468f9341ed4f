"""Read archived lab reports (fastness test certificates) for buyers.

Certificates live under ``REPORT_ARCHIVE/<year>/<file>``. Buyers request a
certificate by the relative path shown in their order history.
"""
import os

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from dyer.auth import current_buyer
from dyer.repositories import certificate_owner
from dyer.settings import REPORT_ARCHIVE

router = APIRouter(prefix="/certificates")

ARCHIVE_ROOT = os.path.realpath(REPORT_ARCHIVE)


def locate(relative: str) -> str:
    full = os.path.realpath(os.path.join(ARCHIVE_ROOT, relative))
    if os.path.commonpath([ARCHIVE_ROOT, full]) != ARCHIVE_ROOT:
        raise HTTPException(status_code=404, detail="certificate not found")
    if not os.path.isfile(full):
        raise HTTPException(status_code=404, detail="certificate not found")
    return full


@router.get("/{relative:path}")
async def get_certificate(relative: str, buyer=Depends(current_buyer)):
    full = locate(relative)
    owner = await certificate_owner(os.path.relpath(full, ARCHIVE_ROOT))
    if owner != buyer.account_id:
        raise HTTPException(status_code=404, detail="certificate not found")
    return FileResponse(full, media_type="application/pdf", filename=os.path.basename(full))
