"""Gift cards for the online candle shop.

A card has a printed number and a scratch-off PIN; both are needed to
redeem the balance at checkout.
"""
from __future__ import annotations

import random
import string
from dataclasses import dataclass
from decimal import Decimal

import psycopg

ALLOWED_AMOUNTS = (Decimal("15"), Decimal("25"), Decimal("50"), Decimal("100"))


@dataclass
class GiftCard:
    number: str
    pin: str
    balance: Decimal


class GiftCardIssuer:
    def __init__(self, conn: psycopg.Connection, number_prefix: str = "GLOW") -> None:
        self.conn = conn
        self.number_prefix = number_prefix
        self._rng = random.Random()

    def _card_number(self) -> str:
        body = "".join(self._rng.choices(string.digits, k=12))
        return f"{self.number_prefix}-{body[:4]}-{body[4:8]}-{body[8:]}"

    def _pin(self) -> str:
        return "".join(self._rng.choices(string.digits, k=6))

    def issue(self, amount: Decimal, order_id: int) -> GiftCard:
        if amount not in ALLOWED_AMOUNTS:
            raise ValueError(f"gift cards come in {', '.join(map(str, ALLOWED_AMOUNTS))}")
        card = GiftCard(number=self._card_number(), pin=self._pin(), balance=amount)
        with self.conn.cursor() as cur:
            cur.execute(
                "INSERT INTO gift_cards (number, pin, balance, order_id) VALUES (%s, %s, %s, %s)",
                (card.number, card.pin, card.balance, order_id),
            )
        self.conn.commit()
        return card

    def redeem(self, number: str, pin: str, amount: Decimal) -> Decimal:
        with self.conn.cursor() as cur:
            cur.execute(
                "UPDATE gift_cards SET balance = balance - %s "
                "WHERE number = %s AND pin = %s AND balance >= %s RETURNING balance",
                (amount, number, pin, amount),
            )
            row = cur.fetchone()
        if row is None:
            self.conn.rollback()
            raise LookupError("card not found or balance too low")
        self.conn.commit()
        return row[0]
