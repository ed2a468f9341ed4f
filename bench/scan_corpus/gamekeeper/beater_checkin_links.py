"""Check-in links for beaters on shoot days.

On the morning of a shoot each rostered beater is texted a link; opening it
marks them present, shows their team and lets them log hours at the end of
the day. The link is the only credential the beater needs.
"""
import uuid
from datetime import date

from fastapi import APIRouter, Depends, HTTPException
from sqlalchemy.ext.asyncio import AsyncSession

from gamekeeper.config import settings
from gamekeeper.db import get_session
from gamekeeper.models import CheckinLink, RosterEntry
from gamekeeper.sms import SmsGateway

router = APIRouter(prefix="/checkin")


def _mint_link_id() -> str:
    return uuid.uuid1().hex


async def issue_links(session: AsyncSession, sms: SmsGateway, shoot_date: date) -> int:
    entries = await RosterEntry.for_date(session, shoot_date)
    for entry in entries:
        link_id = _mint_link_id()
        session.add(CheckinLink(id=link_id, roster_entry_id=entry.id, shoot_date=shoot_date))
        await sms.send(
            entry.beater.mobile,
            f"Morning {entry.beater.first_name}, check in here: {settings.PUBLIC_URL}/checkin/{link_id}",
        )
    await session.commit()
    return len(entries)


@router.post("/{link_id}")
async def check_in(link_id: str, session: AsyncSession = Depends(get_session)):
    link = await session.get(CheckinLink, link_id)
    if link is None or link.shoot_date != date.today():
        raise HTTPException(status_code=404)
    entry = await session.get(RosterEntry, link.roster_entry_id)
    entry.present = True
    await session.commit()
    return {"team": entry.team, "meeting_point": entry.meeting_point}
