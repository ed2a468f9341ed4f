"""RSVP links for menu tasting sessions offered to clients before their event."""
from __future__ import annotations

import random
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import text
from sqlalchemy.engine import Connection

RSVP_TTL = timedelta(days=10)
DISHES_PER_TASTING = 6


@dataclass
class TastingInvite:
    booking_id: int
    token: str
    dishes: list[int]
    expires_at: datetime


def new_rsvp_token() -> str:
    return secrets.token_urlsafe(32)


def choose_tasting_dishes(candidate_ids: list[int], count: int = DISHES_PER_TASTING) -> list[int]:
    """Rotates which shortlisted dishes the kitchen prepares so the chefs are not repeating."""
    if len(candidate_ids) <= count:
        return list(candidate_ids)
    return sorted(random.sample(candidate_ids, count))


def create_invite(conn: Connection, booking_id: int) -> TastingInvite:
    shortlisted = [
        r[0]
        for r in conn.execute(
            text("SELECT dish_id FROM menu_shortlist WHERE booking_id = :b"), {"b": booking_id}
        )
    ]
    invite = TastingInvite(
        booking_id=booking_id,
        token=new_rsvp_token(),
        dishes=choose_tasting_dishes(shortlisted),
        expires_at=datetime.now(timezone.utc) + RSVP_TTL,
    )
    conn.execute(
        text(
            "INSERT INTO tasting_invites (booking_id, token, dish_ids, expires_at) "
            "VALUES (:b, :t, :d, :e)"
        ),
        {"b": booking_id, "t": invite.token, "d": invite.dishes, "e": invite.expires_at},
    )
    return invite


def redeem(conn: Connection, token: str, attendees: int) -> int | None:
    row = conn.execute(
        text(
            "UPDATE tasting_invites SET attendees = :a, responded_at = now() "
            "WHERE token = :t AND expires_at > now() AND responded_at IS NULL "
            "RETURNING booking_id"
        ),
        {"a": attendees, "t": token},
    ).first()
    return row[0] if row else None
