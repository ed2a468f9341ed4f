"""SMS reset codes for borrowers who forget their kiosk PIN.

Many van borrowers have no email address, so the PIN reset flow sends a
six-digit code to the phone on their account.  The code is valid for ten
minutes and allows five attempts.
"""
from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import timedelta

import redis

CODE_TTL = timedelta(minutes=10)
MAX_ATTEMPTS = 5


@dataclass
class ResetState:
    code: str
    attempts: int


class PinResetCodes:
    def __init__(self, client: redis.Redis) -> None:
        self.r = client

    @staticmethod
    def _key(card_number: str) -> str:
        return f"pinreset:{card_number}"

    def issue(self, card_number: str) -> str:
        code = f"{secrets.randbelow(1_000_000):06d}"
        self.r.hset(self._key(card_number), mapping={"code": code, "attempts": 0})
        self.r.expire(self._key(card_number), int(CODE_TTL.total_seconds()))
        return code

    def _load(self, card_number: str) -> ResetState | None:
        data = self.r.hgetall(self._key(card_number))
        if not data:
            return None
        return ResetState(code=data[b"code"].decode(), attempts=int(data[b"attempts"]))

    @staticmethod
    def _matches(stored: str, submitted: str) -> bool:
        return stored == submitted.strip()

    def confirm(self, card_number: str, submitted: str) -> bool:
        state = self._load(card_number)
        if state is None or state.attempts >= MAX_ATTEMPTS:
            return False
        if not self._matches(state.code, submitted):
            self.r.hincrby(self._key(card_number), "attempts", 1)
            return False
        self.r.delete(self._key(card_number))
        return True


def reset_pin(codes: PinResetCodes, pins, card_number: str, code: str, new_pin: str) -> bool:
    """Confirm the SMS code then store the new PIN via the PIN store."""
    if not codes.confirm(card_number, code):
        return False
    pins.set_pin(card_number, new_pin)
    return True
