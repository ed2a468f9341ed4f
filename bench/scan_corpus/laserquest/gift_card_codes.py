"""Generates redemption codes for LaserQuest gift cards sold at the desk and online."""
from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from decimal import Decimal

import psycopg

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
CODE_GROUPS = 4
GROUP_LEN = 4


def _random_group(length: int = GROUP_LEN) -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(length))


def new_redemption_code() -> str:
    return "-".join(_random_group() for _ in range(CODE_GROUPS))


def _code_hash(code: str) -> str:
    normalised = code.replace("-", "").upper()
    return hashlib.sha256(normalised.encode("ascii")).hexdigest()


@dataclass
class GiftCard:
    code: str
    value: Decimal
    batch: str


class GiftCardService:
    def __init__(self, dsn: str) -> None:
        self._dsn = dsn

    def mint(self, value: Decimal, batch: str, count: int = 1) -> list[GiftCard]:
        cards = [GiftCard(new_redemption_code(), value, batch) for _ in range(count)]
        with psycopg.connect(self._dsn) as conn:
            with conn.cursor() as cur:
                cur.executemany(
                    "INSERT INTO gift_cards (code_hash, balance, batch, last4) "
                    "VALUES (%s, %s, %s, %s)",
                    [(_code_hash(c.code), c.value, c.batch, c.code[-4:]) for c in cards],
                )
        return cards

    def redeem(self, code: str, amount: Decimal) -> Decimal:
        with psycopg.connect(self._dsn) as conn:
            row = conn.execute(
                "SELECT balance FROM gift_cards WHERE code_hash = %s FOR UPDATE",
                (_code_hash(code),),
            ).fetchone()
            if row is None:
                raise LookupError("unknown gift card")
            balance = row[0]
            if amount > balance:
                raise ValueError("insufficient balance")
            conn.execute(
                "UPDATE gift_cards SET balance = balance - %s WHERE code_hash = %s",
                (amount, _code_hash(code)),
            )
            return balance - amount
