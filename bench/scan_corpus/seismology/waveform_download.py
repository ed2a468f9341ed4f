"""Download endpoint for archived day-volumes in the SDS archive."""
from __future__ import annotations

import os

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import FileResponse

from portal.auth import PortalUser, current_user

router = APIRouter(prefix="/archive", tags=["archive"])

ARCHIVE_ROOT = os.environ.get("SDS_ARCHIVE_ROOT", "/data/archive/sds")


@router.get("/{network}/{year}")
def download_day_volume(
    network: str,
    year: int,
    file: str = Query(..., description="SDS file name, e.g. IU.ANMO.00.BHZ.D.2024.032"),
    user: PortalUser = Depends(current_user),
):
    if network not in user.allowed_networks:
        raise HTTPException(status_code=403, detail="network is embargoed for this account")
    path = os.path.join(ARCHIVE_ROOT, str(year), network, file)
    if not os.path.isfile(path):
        raise HTTPException(status_code=404, detail="no such day-volume")
    return FileResponse(
        path,
        media_type="application/vnd.fdsn.mseed",
        filename=os.path.basename(path),
    )
