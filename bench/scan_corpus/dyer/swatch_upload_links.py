"""Upload links that let a buyer's supplier send physical-swatch photos.

Buyers can request a one-off upload link for a colour-matching job and
pass it to a third party; the link accepts uploads for that job only.
"""
import secrets
from datetime import datetime, timedelta, timezone

from fastapi import APIRouter, Depends, HTTPException, UploadFile

from dyer.async_db import database
from dyer.auth import current_buyer
from dyer.storage import save_swatch
from dyer.settings import PUBLIC_BASE_URL

router = APIRouter()

LINK_TTL = timedelta(hours=48)


@router.post("/jobs/{job_id}/upload-links")
async def create_upload_link(job_id: int, buyer=Depends(current_buyer)):
    job = await database.fetch_one(
        "SELECT id FROM match_jobs WHERE id = :j AND account_id = :a", {"j": job_id, "a": buyer.account_id}
    )
    if job is None:
        raise HTTPException(status_code=404)
    token = secrets.token_urlsafe(32)
    await database.execute(
        "INSERT INTO swatch_upload_links (token, job_id, expires_at) VALUES (:t, :j, :x)",
        {"t": token, "j": job_id, "x": datetime.now(timezone.utc) + LINK_TTL},
    )
    return {"upload_url": f"{PUBLIC_BASE_URL}/u/{token}"}


@router.post("/u/{token}")
async def upload_via_link(token: str, file: UploadFile):
    link = await database.fetch_one(
        "SELECT job_id, expires_at FROM swatch_upload_links WHERE token = :t", {"t": token}
    )
    if link is None or link["expires_at"] < datetime.now(timezone.utc):
        raise HTTPException(status_code=404)
    stored = await save_swatch(link["job_id"], file)
    return {"stored": stored.key}
