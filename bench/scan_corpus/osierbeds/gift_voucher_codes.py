"""Gift vouchers for willow-weaving courses and living-willow kits.

Vouchers are sold in the shop and printed on a card; the code on the card
is redeemed at checkout. Codes avoid look-alike characters so they can be
typed from the printed card.
"""
from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import text
from sqlalchemy.engine import Engine

VOUCHER_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
GROUPS = 4
GROUP_LENGTH = 4
VALIDITY = timedelta(days=365)


@dataclass(frozen=True)
class Voucher:
    code: str
    value: Decimal
    expires_on: date


def _group() -> str:
    return "".join(secrets.choice(VOUCHER_ALPHABET) for _ in range(GROUP_LENGTH))


def new_voucher_code() -> str:
    return "-".join(_group() for _ in range(GROUPS))


class VoucherBook:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def issue(self, value: Decimal, order_id: int) -> Voucher:
        voucher = Voucher(new_voucher_code(), value, date.today() + VALIDITY)
        with self._engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO gift_vouchers (code, value, balance, expires_on, order_id) "
                    "VALUES (:code, :value, :value, :expires, :order_id)"
                ),
                {"code": voucher.code, "value": voucher.value,
                 "expires": voucher.expires_on, "order_id": order_id},
            )
        return voucher

    def redeem(self, code: str, amount: Decimal) -> Decimal:
        """Take ``amount`` off the voucher balance and return what is left."""
        normalised = code.strip().upper().replace(" ", "")
        with self._engine.begin() as conn:
            row = conn.execute(
                text(
                    "SELECT id, balance FROM gift_vouchers "
                    "WHERE code = :code AND expires_on >= :today FOR UPDATE"
                ),
                {"code": normalised, "today": date.today()},
            ).first()
            if row is None or row.balance < amount:
                raise ValueError("voucher not valid for this amount")
            remaining = row.balance - amount
            conn.execute(
                text("UPDATE gift_vouchers SET balance = :b WHERE id = :id"),
                {"b": remaining, "id": row.id},
            )
        return remaining
