"""Club logo uploads shown on club pages and printed on tournament bibs."""
from __future__ import annotations

import os

import aiofiles
from fastapi import Depends, FastAPI, File, HTTPException, UploadFile

from fletcher.clubs.auth import club_admin
from fletcher.conf import settings

app = FastAPI(title="Club assets")

LOGO_TYPES = {"image/png": ".png", "image/svg+xml": ".svg", "image/jpeg": ".jpg"}
MAX_LOGO_BYTES = 2 * 1024 * 1024


def logo_root() -> str:
    return os.path.realpath(settings.CLUB_LOGO_ROOT)


def logo_destination(club_slug: str, filename: str) -> str:
    root = logo_root()
    dest = os.path.realpath(os.path.join(root, club_slug, filename))
    if os.path.commonpath([root, dest]) != root:
        raise HTTPException(status_code=400, detail="invalid file name")
    os.makedirs(os.path.dirname(dest), exist_ok=True)
    return dest


@app.put("/clubs/{club_slug}/logo")
async def upload_logo(club_slug: str, logo: UploadFile = File(...), admin=Depends(club_admin)):
    if admin.club_slug != club_slug:
        raise HTTPException(status_code=403)
    suffix = LOGO_TYPES.get(logo.content_type)
    if suffix is None:
        raise HTTPException(status_code=415, detail="logo must be PNG, SVG or JPEG")
    data = await logo.read(MAX_LOGO_BYTES + 1)
    if len(data) > MAX_LOGO_BYTES:
        raise HTTPException(status_code=413, detail="logo too large")
    dest = logo_destination(club_slug, os.path.splitext(logo.filename or "logo")[0] + suffix)
    async with aiofiles.open(dest, "wb") as out:
        await out.write(data)
    return {"club": club_slug, "logo": os.path.relpath(dest, logo_root())}
