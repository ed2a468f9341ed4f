"""Waiting list for sold-out bonsai workshops.

When a seat frees up, a fair lottery picks the next people from the waiting
list and each gets an e-mail with a claim link valid for 24 hours.
"""
from __future__ import annotations

import random
import secrets
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

DB_PATH = "/var/lib/bonsainursery/workshops.db"
CLAIM_WINDOW = timedelta(hours=24)


@dataclass
class WaitlistEntry:
    id: int
    workshop_id: int
    name: str
    email: str


@dataclass
class SeatOffer:
    entry: WaitlistEntry
    claim_token: str
    expires_at: datetime


def waiting_entries(conn: sqlite3.Connection, workshop_id: int) -> list[WaitlistEntry]:
    rows = conn.execute(
        "SELECT id, workshop_id, name, email FROM waitlist "
        "WHERE workshop_id = ? AND offered_at IS NULL",
        (workshop_id,),
    ).fetchall()
    return [WaitlistEntry(*row) for row in rows]


def draw_lottery(entries: list[WaitlistEntry], free_seats: int) -> list[WaitlistEntry]:
    pool = list(entries)
    random.shuffle(pool)
    return pool[:free_seats]


def new_claim_token() -> str:
    return secrets.token_urlsafe(24)


def offer_seats(workshop_id: int, free_seats: int) -> list[SeatOffer]:
    now = datetime.now(timezone.utc)
    offers: list[SeatOffer] = []
    with sqlite3.connect(DB_PATH) as conn:
        winners = draw_lottery(waiting_entries(conn, workshop_id), free_seats)
        for entry in winners:
            offer = SeatOffer(entry, new_claim_token(), now + CLAIM_WINDOW)
            conn.execute(
                "UPDATE waitlist SET offered_at = ?, claim_token = ?, claim_expires = ? WHERE id = ?",
                (now.isoformat(), offer.claim_token, offer.expires_at.isoformat(), entry.id),
            )
            offers.append(offer)
    return offers


def claim_link(offer: SeatOffer) -> str:
    return f"https://bonsainursery.example/workshops/claim/{offer.claim_token}"
