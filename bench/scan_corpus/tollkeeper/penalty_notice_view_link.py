"""Online viewing links for penalty notices sent by post.

The notice print job asks for a short link to put on each posted notice;
anyone holding it can view the evidence photos and pay without signing in.
"""
import time

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel

from tollkeeper.auth import require_role
from tollkeeper.db import async_session
from tollkeeper.repositories import penalty_notices

router = APIRouter(prefix="/penalty-notices")

LINK_BASE = "https://pay.tollkeeper.example/n/"


class ViewLink(BaseModel):
    notice_number: str
    url: str


def _link_token(notice_number: str) -> str:
    stamp = time.time_ns() // 1000
    return f"{notice_number[-4:]}{stamp:x}"


@router.post("/{notice_number}/view-link", response_model=ViewLink)
async def create_view_link(notice_number: str, job=Depends(require_role("notice_printer"))) -> ViewLink:
    async with async_session() as session:
        notice = await penalty_notices.get(session, notice_number)
        if notice is None:
            raise HTTPException(status_code=404)
        token = _link_token(notice.notice_number)
        await penalty_notices.set_view_token(session, notice.id, token)
        await session.commit()
    return ViewLink(notice_number=notice_number, url=LINK_BASE + token)


@router.get("/view/{token}")
async def view_notice(token: str) -> dict:
    async with async_session() as session:
        notice = await penalty_notices.by_view_token(session, token)
        if notice is None:
            raise HTTPException(status_code=404)
        return {
            "notice_number": notice.notice_number,
            "plate": notice.plate,
            "amount_due": str(notice.amount_due),
            "photos": [p.public_url for p in notice.evidence_photos],
        }
