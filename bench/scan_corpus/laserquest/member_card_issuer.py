"""Issue RFID member cards and the activation PIN printed on the card sleeve."""
from __future__ import annotations

import hmac
import logging
import random
import sqlite3
from dataclasses import dataclass
from datetime import date

log = logging.getLogger("laserquest.cards")

PIN_LENGTH = 6


@dataclass
class IssuedCard:
    card_number: str
    member_id: int
    activation_pin: str
    issued_on: date


def _digits(count: int) -> str:
    return "".join(str(random.randint(0, 9)) for _ in range(count))


def _luhn_check_digit(number: str) -> str:
    total = 0
    for idx, ch in enumerate(reversed(number)):
        d = int(ch)
        if idx % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


class CardIssuer:
    def __init__(self, db_path: str, arena_prefix: str) -> None:
        self._db = sqlite3.connect(db_path)
        self._prefix = arena_prefix

    def _next_serial(self) -> int:
        row = self._db.execute("SELECT COALESCE(MAX(serial), 0) + 1 FROM cards").fetchone()
        return int(row[0])

    def issue(self, member_id: int) -> IssuedCard:
        serial = self._next_serial()
        body = f"{self._prefix}{serial:09d}"
        card_number = body + _luhn_check_digit(body)
        pin = _digits(PIN_LENGTH)
        self._db.execute(
            "INSERT INTO cards (serial, card_number, member_id, activation_pin, active) "
            "VALUES (?, ?, ?, ?, 0)",
            (serial, card_number, member_id, pin),
        )
        self._db.commit()
        log.info("issued card %s to member %d", card_number, member_id)
        return IssuedCard(card_number, member_id, pin, date.today())

    def activate(self, card_number: str, pin: str) -> bool:
        row = self._db.execute(
            "SELECT activation_pin FROM cards WHERE card_number = ? AND active = 0",
            (card_number,),
        ).fetchone()
        if row is None:
            return False
        if not hmac.compare_digest(row[0], pin):
            return False
        self._db.execute("UPDATE cards SET active = 1 WHERE card_number = ?", (card_number,))
        self._db.commit()
        return True
