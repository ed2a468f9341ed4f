"""Housekeeping endpoint for signed liability waivers.

Membership secretaries can remove superseded waiver scans that members
uploaded; the client sends the list of file names to drop.
"""
from __future__ import annotations

import logging
import os

from fastapi import Depends, FastAPI, HTTPException
from pydantic import BaseModel, Field

from club.auth import require_role
from club.settings import settings

log = logging.getLogger(__name__)

WAIVER_ROOT = settings.waiver_upload_dir

app = FastAPI()


class CleanupRequest(BaseModel):
    member_id: int
    files: list[str] = Field(min_length=1, max_length=50)


class CleanupResult(BaseModel):
    removed: list[str]
    missing: list[str]


def member_folder(member_id: int) -> str:
    if member_id <= 0:
        raise HTTPException(status_code=400, detail="bad member id")
    return os.path.join(WAIVER_ROOT, str(member_id))


@app.post("/waivers/cleanup", response_model=CleanupResult)
def cleanup_waivers(
    req: CleanupRequest,
    secretary=Depends(require_role("membership_secretary")),
) -> CleanupResult:
    folder = member_folder(req.member_id)
    removed, missing = [], []
    for name in req.files:
        target = os.path.join(folder, name)
        try:
            os.remove(target)
        except FileNotFoundError:
            missing.append(name)
            continue
        removed.append(name)
    log.info(
        "secretary %s removed %d waiver file(s) for member %d",
        secretary.username, len(removed), req.member_id,
    )
    return CleanupResult(removed=removed, missing=missing)
