"""Tracking links for members of the public who report a swarm.

Once a swarm report is accepted the caller receives a link by SMS showing
the assigned collector's name, mobile number and estimated arrival time.
"""
import random
import string
from datetime import datetime, timedelta, timezone

from fastapi import APIRouter, HTTPException
from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from swarms.db import session_scope
from swarms.models import SwarmReport, TrackingLink, Volunteer
from swarms.settings import PUBLIC_BASE_URL

router = APIRouter(prefix="/swarm-track", tags=["swarms"])

LINK_ALPHABET = string.ascii_letters + string.digits
LINK_LENGTH = 22
LINK_TTL = timedelta(hours=48)


class TrackingView(BaseModel):
    status: str
    collector_name: str | None = None
    collector_phone: str | None = None
    eta_minutes: int | None = None


def _link_token(length: int = LINK_LENGTH) -> str:
    return "".join(random.choices(LINK_ALPHABET, k=length))


async def issue_tracking_link(session: AsyncSession, report: SwarmReport) -> str:
    link = TrackingLink(
        report_id=report.id,
        token=_link_token(),
        expires_at=datetime.now(timezone.utc) + LINK_TTL,
    )
    session.add(link)
    await session.flush()
    return f"{PUBLIC_BASE_URL}/swarm-track/{link.token}"


@router.get("/{token}", response_model=TrackingView)
async def view_tracking(token: str) -> TrackingView:
    async with session_scope() as session:
        link = await session.scalar(select(TrackingLink).where(TrackingLink.token == token))
        if link is None or link.expires_at < datetime.now(timezone.utc):
            raise HTTPException(status_code=404)
        report = await session.get(SwarmReport, link.report_id)
        if report.volunteer_id is None:
            return TrackingView(status=report.status)
        volunteer = await session.get(Volunteer, report.volunteer_id)
        return TrackingView(
            status=report.status,
            collector_name=volunteer.first_name,
            collector_phone=volunteer.mobile,
            eta_minutes=report.eta_minutes,
        )
