"""Cacheable availability feed for bespoke scent consultation slots."""
import hashlib
import json
from datetime import date, timedelta

from fastapi import APIRouter, Depends, Request, Response

from perfumer.consultations import ConsultationCalendar, get_calendar

router = APIRouter(prefix="/consultations")

FEED_DAYS = 21


def _serialise(slots: list[dict]) -> bytes:
    return json.dumps(slots, sort_keys=True, separators=(",", ":"), default=str).encode()


def _fingerprint(body: bytes) -> str:
    return hashlib.md5(body, usedforsecurity=False).hexdigest()


@router.get("/availability")
async def availability(
    request: Request,
    studio: str = "paris",
    calendar: ConsultationCalendar = Depends(get_calendar),
):
    start = date.today()
    slots = await calendar.open_slots(studio=studio, start=start, end=start + timedelta(days=FEED_DAYS))
    body = _serialise(
        [
            {"start": s.start, "perfumer": s.perfumer_name, "format": s.format, "minutes": s.minutes}
            for s in slots
        ]
    )
    etag = f'"{_fingerprint(body)}"'
    headers = {"ETag": etag, "Cache-Control": "public, max-age=120"}
    if request.headers.get("if-none-match") == etag:
        return Response(status_code=304, headers=headers)
    return Response(content=body, media_type="application/json", headers=headers)
