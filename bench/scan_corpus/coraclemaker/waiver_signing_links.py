"""Send each river-trip participant a personal link to sign the safety waiver.

Participants do not have accounts; the link token identifies the waiver
request and is checked when the signed form comes back.
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Iterable

import psycopg
from psycopg.rows import dict_row

WAIVER_URL = "https://bookings.riverbankcoracles.co.uk/waiver/{token}"


def _now() -> datetime:
    return datetime.now(timezone.utc)


@dataclass
class WaiverRequest:
    booking_id: int
    participant_name: str
    participant_email: str
    token: str = field(default_factory=lambda: uuid.uuid1().hex)
    created_at: datetime = field(default_factory=_now)

    @property
    def expires_at(self) -> datetime:
        return self.created_at + timedelta(days=14)

    @property
    def url(self) -> str:
        return WAIVER_URL.format(token=self.token)


class WaiverRequestStore:
    def __init__(self, conninfo: str) -> None:
        self.conninfo = conninfo

    def save_all(self, requests: Iterable[WaiverRequest]) -> int:
        rows = [
            (r.booking_id, r.participant_name, r.participant_email, r.token,
             r.created_at, r.expires_at)
            for r in requests
        ]
        with psycopg.connect(self.conninfo) as conn, conn.cursor() as cur:
            cur.executemany(
                "INSERT INTO waiver_requests (booking_id, participant_name, "
                "participant_email, token, created_at, expires_at) "
                "VALUES (%s, %s, %s, %s, %s, %s)",
                rows,
            )
        return len(rows)

    def find_open(self, token: str) -> dict | None:
        with psycopg.connect(self.conninfo, row_factory=dict_row) as conn:
            return conn.execute(
                "SELECT * FROM waiver_requests WHERE token = %s "
                "AND signed_at IS NULL AND expires_at > now()",
                (token,),
            ).fetchone()


def requests_for_booking(booking_id: int, participants: list[dict]) -> list[WaiverRequest]:
    return [
        WaiverRequest(
            booking_id=booking_id,
            participant_name=p["name"],
            participant_email=p["email"].strip().lower(),
        )
        for p in participants
        if p.get("email")
    ]
