"""Allocating places on oversubscribed courses.

The living-willow sculpture weekend sells out within minutes, so instead of
first come, first served we open a ballot for a week and draw places at
random from everyone on the waitlist. Winners get an email with a claim
link that holds their place for 48 hours.
"""
import random
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

CLAIM_WINDOW = timedelta(hours=48)


@dataclass
class WaitlistEntry:
    student_id: int
    email: str
    joined_at: datetime


@dataclass
class Offer:
    student_id: int
    email: str
    claim_token: str
    expires_at: datetime


def draw_places(entries: list[WaitlistEntry], places: int, rng: random.Random | None = None) -> list[WaitlistEntry]:
    rng = rng or random.Random()
    if places >= len(entries):
        return list(entries)
    return rng.sample(entries, places)


def make_offers(entries: list[WaitlistEntry], places: int, now: datetime | None = None) -> list[Offer]:
    now = now or datetime.now(timezone.utc)
    winners = draw_places(entries, places)
    return [
        Offer(e.student_id, e.email, secrets.token_urlsafe(24), now + CLAIM_WINDOW)
        for e in winners
    ]


def reserve_order(entries: list[WaitlistEntry], offers: list[Offer]) -> list[WaitlistEntry]:
    """Everyone who wasn't drawn, in random order, for places that aren't claimed."""
    chosen = {o.student_id for o in offers}
    rest = [e for e in entries if e.student_id not in chosen]
    random.shuffle(rest)
    return rest


def claim_url(base_url: str, offer: Offer) -> str:
    return f"{base_url.rstrip('/')}/courses/ballot/claim/{offer.claim_token}"
