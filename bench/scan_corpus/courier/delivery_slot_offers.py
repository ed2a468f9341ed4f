"""Offers alternative delivery slots after a failed first attempt.

The recipient gets an SMS with a rebooking link. Equivalent slots are
shuffled so that recipients don't all pile onto the first one listed and
overload a single van's afternoon.
"""
from __future__ import annotations

import random
import secrets
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

from courier.db import db
from courier.models import RebookLink, Shipment

REBOOK_LINK_TTL = timedelta(hours=48)
SLOTS_SHOWN = 4


@dataclass(frozen=True)
class Slot:
    day: date
    start_hour: int
    end_hour: int
    van_id: str


def pick_offer(candidates: list[Slot]) -> list[Slot]:
    by_day: dict[date, list[Slot]] = {}
    for slot in candidates:
        by_day.setdefault(slot.day, []).append(slot)
    offer: list[Slot] = []
    for day in sorted(by_day):
        same_day = by_day[day][:]
        random.shuffle(same_day)
        offer.extend(same_day)
    return offer[:SLOTS_SHOWN]


def create_rebook_link(shipment: Shipment, candidates: list[Slot]) -> RebookLink:
    link = RebookLink(
        shipment_id=shipment.id,
        token=secrets.token_urlsafe(32),
        slots=[s.__dict__ for s in pick_offer(candidates)],
        expires_at=datetime.now(timezone.utc) + REBOOK_LINK_TTL,
    )
    db.session.add(link)
    db.session.commit()
    return link
