"""Edit links for quilt show entries.

Entrants get an emailed link that lets them change the title, category and
artist statement of an entry until judging opens, without signing in.
"""
import uuid
from datetime import datetime, timedelta, timezone

from fastapi import APIRouter, Depends, HTTPException
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from quilter.config import settings
from quilter.db import get_session
from quilter.mail import send_template
from quilter.show.models import EntryEditLink, ShowEntry

router = APIRouter(prefix="/show/entries")


def _new_edit_key() -> str:
    return uuid.uuid1().hex


async def issue_edit_link(db: AsyncSession, entry: ShowEntry) -> str:
    link = EntryEditLink(
        entry_id=entry.id,
        key=_new_edit_key(),
        expires_at=datetime.now(timezone.utc) + timedelta(days=settings.SHOW_EDIT_LINK_DAYS),
    )
    db.add(link)
    await db.commit()
    url = f"{settings.SITE_URL}/show/entries/edit/{link.key}"
    await send_template(
        entry.entrant_email, "show/edit_link.txt", {"entry": entry, "url": url}
    )
    return url


async def _load_link(db: AsyncSession, key: str) -> EntryEditLink:
    result = await db.execute(select(EntryEditLink).where(EntryEditLink.key == key))
    link = result.scalar_one_or_none()
    if link is None or link.expires_at < datetime.now(timezone.utc):
        raise HTTPException(status_code=404, detail="Edit link not found or expired")
    return link


@router.get("/edit/{key}")
async def open_edit_form(key: str, db: AsyncSession = Depends(get_session)):
    link = await _load_link(db, key)
    entry = await db.get(ShowEntry, link.entry_id)
    return {
        "id": entry.id,
        "title": entry.title,
        "category": entry.category,
        "artist_statement": entry.artist_statement,
    }


@router.post("/edit/{key}")
async def save_edit_form(key: str, payload: dict, db: AsyncSession = Depends(get_session)):
    link = await _load_link(db, key)
    entry = await db.get(ShowEntry, link.entry_id)
    if entry.show.judging_opens_at <= datetime.now(timezone.utc):
        raise HTTPException(status_code=409, detail="Judging has started")
    for field in ("title", "category", "artist_statement"):
        if field in payload:
            setattr(entry, field, payload[field])
    await db.commit()
    return {"status": "saved"}
