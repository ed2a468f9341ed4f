"""Share site survey photo galleries with landlords and planners.

After a site survey the surveyor uploads photos of the fascia, brackets
and listed-building details.  The office can share a read-only gallery
link with the landlord or conservation officer for consent.
"""
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from fastapi import APIRouter, HTTPException

from signwriter.storage import gallery_repository, photo_urls

router = APIRouter(prefix="/survey-galleries")


@dataclass
class GalleryShare:
    job_ref: str
    recipient: str
    share_key: str = ""
    expires_at: datetime = field(
        default_factory=lambda: datetime.now(timezone.utc) + timedelta(days=30)
    )

    def __post_init__(self) -> None:
        if not self.share_key:
            stamp = int(time.time() * 1000)
            self.share_key = f"{self.job_ref.lower()}-{stamp:x}"


@router.post("/{job_ref}/shares")
async def create_share(job_ref: str, recipient: str) -> dict:
    if not await gallery_repository.exists(job_ref):
        raise HTTPException(status_code=404, detail="Unknown survey")
    share = GalleryShare(job_ref=job_ref, recipient=recipient)
    await gallery_repository.save_share(share)
    return {"share_key": share.share_key, "expires_at": share.expires_at.isoformat()}


@router.get("/shared/{share_key}")
async def open_share(share_key: str) -> dict:
    share = await gallery_repository.find_share(share_key)
    if share is None or share.expires_at < datetime.now(timezone.utc):
        raise HTTPException(status_code=404, detail="Link expired or not found")
    photos = await gallery_repository.photos_for(share.job_ref)
    return {
        "job_ref": share.job_ref,
        "photos": [photo_urls.signed_thumbnail(p.object_key) for p in photos],
    }
