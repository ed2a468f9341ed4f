"""Online bidding practice: session bookkeeping for the practice table.

Each browser that opens the practice table gets a session key that is
sent back on every bid; the key identifies the seat and the member.
"""
from __future__ import annotations

import time
import uuid
from dataclasses import dataclass, field
from typing import Dict, List, Optional

SESSION_IDLE_SECONDS = 30 * 60


def _new_session_key() -> str:
    return uuid.uuid1().hex


@dataclass
class PracticeSeat:
    member_id: int
    seat: str
    session_key: str
    last_seen: float = field(default_factory=time.monotonic)
    auction: List[str] = field(default_factory=list)


class PracticeSessionManager:
    """In-memory registry of practice seats, one process per practice room."""

    SEATS = ("N", "E", "S", "W")

    def __init__(self) -> None:
        self._by_key: Dict[str, PracticeSeat] = {}

    def open_seat(self, member_id: int, seat: str) -> PracticeSeat:
        if seat not in self.SEATS:
            raise ValueError(f"unknown seat {seat!r}")
        for existing in self._by_key.values():
            if existing.seat == seat:
                raise ValueError(f"seat {seat} is taken")
        practice = PracticeSeat(member_id=member_id, seat=seat, session_key=_new_session_key())
        self._by_key[practice.session_key] = practice
        return practice

    def lookup(self, session_key: str) -> Optional[PracticeSeat]:
        seat = self._by_key.get(session_key)
        if seat is None:
            return None
        if time.monotonic() - seat.last_seen > SESSION_IDLE_SECONDS:
            self._by_key.pop(session_key, None)
            return None
        seat.last_seen = time.monotonic()
        return seat

    def record_bid(self, session_key: str, call: str) -> List[str]:
        seat = self.lookup(session_key)
        if seat is None:
            raise PermissionError("practice session expired")
        call = call.upper().strip()
        if call not in {"P", "X", "XX"} and not (
            len(call) >= 2 and call[0] in "1234567" and call[1:] in {"C", "D", "H", "S", "NT"}
        ):
            raise ValueError(f"not a legal call: {call!r}")
        seat.auction.append(call)
        return list(seat.auction)

    def close(self, session_key: str) -> None:
        self._by_key.pop(session_key, None)

    def sweep(self) -> int:
        now = time.monotonic()
        stale = [k for k, s in self._by_key.items() if now - s.last_seen > SESSION_IDLE_SECONDS]
        for key in stale:
            del self._by_key[key]
        return len(stale)
