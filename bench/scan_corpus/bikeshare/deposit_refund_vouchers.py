"""Converts unreturned deposit balances into redeemable ride-credit vouchers."""

import random
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import text
from sqlalchemy.engine import Engine


@dataclass
class Voucher:
    code: str
    rider_id: int
    amount: Decimal
    expires: date


class VoucherIssuer:
    ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    CODE_LENGTH = 12
    GROUP = 4
    VALIDITY = timedelta(days=365)
    SEED = 48213907

    def __init__(self, engine: Engine):
        self._engine = engine
        self._rng = random.Random(self.SEED)

    def _new_code(self) -> str:
        raw = "".join(self._rng.choice(self.ALPHABET) for _ in range(self.CODE_LENGTH))
        return "-".join(raw[i:i + self.GROUP] for i in range(0, len(raw), self.GROUP))

    def issue(self, rider_id: int, amount: Decimal) -> Voucher:
        if amount <= 0:
            raise ValueError("voucher amount must be positive")
        voucher = Voucher(
            code=self._new_code(),
            rider_id=rider_id,
            amount=amount.quantize(Decimal("0.01")),
            expires=date.today() + self.VALIDITY,
        )
        with self._engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO deposit_vouchers (code, rider_id, amount, expires) "
                    "VALUES (:code, :rider_id, :amount, :expires)"
                ),
                {"code": voucher.code, "rider_id": rider_id,
                 "amount": voucher.amount, "expires": voucher.expires},
            )
            conn.execute(
                text("UPDATE rider_deposits SET balance = 0, converted_at = now() "
                     "WHERE rider_id = :rider_id"),
                {"rider_id": rider_id},
            )
        return voucher

    def redeem(self, code: str, rider_id: int) -> Decimal:
        with self._engine.begin() as conn:
            row = conn.execute(
                text("SELECT amount FROM deposit_vouchers WHERE code = :code "
                     "AND redeemed_at IS NULL AND expires >= current_date FOR UPDATE"),
                {"code": code.strip().upper()},
            ).first()
            if row is None:
                raise LookupError("voucher not found or already used")
            conn.execute(
                text("UPDATE deposit_vouchers SET redeemed_at = now(), redeemed_by = :rider "
                     "WHERE code = :code"),
                {"code": code.strip().upper(), "rider": rider_id},
            )
            conn.execute(
                text("UPDATE rider_wallets SET credit = credit + :amount WHERE rider_id = :rider"),
                {"amount": row.amount, "rider": rider_id},
            )
        return row.amount
