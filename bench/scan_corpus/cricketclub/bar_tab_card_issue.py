"""Issue bar tab cards to members; the till asks for a four digit PIN on each tab."""
from __future__ import annotations

import random
import sqlite3
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError

_hasher = PasswordHasher()


def luhn_check_digit(number: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


@dataclass
class BarTabCard:
    member_id: int
    card_number: str
    pin_hash: str
    credit_limit_pence: int = 5000

    @staticmethod
    def _new_pin() -> str:
        return f"{random.randint(0, 9999):04d}"

    @classmethod
    def issue(cls, member_id: int, credit_limit_pence: int = 5000) -> tuple["BarTabCard", str]:
        base = f"7700{member_id:08d}"
        card_number = base + luhn_check_digit(base)
        pin = cls._new_pin()
        card = cls(member_id, card_number, _hasher.hash(pin), credit_limit_pence)
        return card, pin

    def check_pin(self, pin: str) -> bool:
        try:
            return _hasher.verify(self.pin_hash, pin)
        except VerifyMismatchError:
            return False


class BarCardRegistry:
    def __init__(self, db_path: str) -> None:
        self._conn = sqlite3.connect(db_path)

    def issue_card(self, member_id: int, credit_limit_pence: int = 5000) -> tuple[BarTabCard, str]:
        card, pin = BarTabCard.issue(member_id, credit_limit_pence)
        with self._conn:
            self._conn.execute(
                "UPDATE bar_cards SET active = 0 WHERE member_id = ?", (member_id,)
            )
            self._conn.execute(
                "INSERT INTO bar_cards (member_id, card_number, pin_hash, credit_limit_pence, active) "
                "VALUES (?, ?, ?, ?, 1)",
                (card.member_id, card.card_number, card.pin_hash, card.credit_limit_pence),
            )
        return card, pin

    def lookup(self, card_number: str) -> BarTabCard | None:
        row = self._conn.execute(
            "SELECT member_id, card_number, pin_hash, credit_limit_pence FROM bar_cards "
            "WHERE card_number = ? AND active = 1",
            (card_number,),
        ).fetchone()
        return BarTabCard(*row) if row else None
