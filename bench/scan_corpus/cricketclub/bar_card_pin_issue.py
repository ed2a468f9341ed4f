"""Bar card PIN issue and reset at the bar manager's terminal."""
from __future__ import annotations

import logging
import secrets
from dataclasses import dataclass

import bcrypt
import psycopg

log = logging.getLogger(__name__)

PIN_DIGITS = 6


@dataclass
class IssuedPin:
    card_number: str
    pin: str


class PinIssuer:
    def __init__(self, conninfo: str) -> None:
        self._conninfo = conninfo

    @staticmethod
    def _generate_pin(digits: int = PIN_DIGITS) -> str:
        return f"{secrets.randbelow(10 ** digits):0{digits}d}"

    @staticmethod
    def _hash_pin(pin: str) -> str:
        return bcrypt.hashpw(pin.encode(), bcrypt.gensalt(rounds=12)).decode()

    def reset_pin(self, card_number: str, issued_by: str) -> IssuedPin:
        pin = self._generate_pin()
        with psycopg.connect(self._conninfo) as conn:
            cur = conn.execute(
                "UPDATE bar_cards SET pin_hash = %s, failed_attempts = 0, locked = false "
                "WHERE card_number = %s AND active",
                (self._hash_pin(pin), card_number),
            )
            if cur.rowcount != 1:
                raise LookupError("no active card with that number")
            conn.execute(
                "INSERT INTO bar_card_audit (card_number, action, actor) VALUES (%s, 'pin_reset', %s)",
                (card_number, issued_by),
            )
        log.info("PIN reset for card ending %s by %s", card_number[-4:], issued_by)
        return IssuedPin(card_number, pin)

    def check_pin(self, card_number: str, pin: str) -> bool:
        with psycopg.connect(self._conninfo) as conn:
            row = conn.execute(
                "SELECT pin_hash, locked FROM bar_cards WHERE card_number = %s AND active",
                (card_number,),
            ).fetchone()
            if row is None or row[1]:
                return False
            ok = bcrypt.checkpw(pin.encode(), row[0].encode())
            conn.execute(
                "UPDATE bar_cards SET failed_attempts = CASE WHEN %s THEN 0 ELSE failed_attempts + 1 END, "
                "locked = (NOT %s AND failed_attempts + 1 >= 5) WHERE card_number = %s",
                (ok, ok, card_number),
            )
        return ok
