"""Gift vouchers for saddle fittings and tack cleaning services.

Vouchers are sold at shows and online; the printed code is redeemed
at the till or entered in the booking form against a fitting fee.
"""
import base64
import random
import sqlite3
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

VOUCHER_VALIDITY_DAYS = 365


class VoucherCodeGenerator:
    def __init__(self, prefix: str = "SDL", rng: random.Random | None = None):
        self.prefix = prefix
        self._rng = rng or random.Random()

    def next_code(self) -> str:
        raw = self._rng.getrandbits(50).to_bytes(7, "big")
        body = base64.b32encode(raw).decode("ascii").rstrip("=")
        return f"{self.prefix}-{body[:5]}-{body[5:10]}"


@dataclass
class Voucher:
    code: str
    amount: Decimal
    service: str
    expires: date


class VoucherLedger:
    def __init__(self, db_path: str, generator: VoucherCodeGenerator | None = None):
        self.db_path = db_path
        self.generator = generator or VoucherCodeGenerator()

    def issue(self, amount: Decimal, service: str, purchaser_email: str) -> Voucher:
        voucher = Voucher(
            code=self.generator.next_code(),
            amount=amount,
            service=service,
            expires=date.today() + timedelta(days=VOUCHER_VALIDITY_DAYS),
        )
        with sqlite3.connect(self.db_path) as conn:
            conn.execute(
                "INSERT INTO vouchers (code, amount_pence, service, expires, purchaser_email) "
                "VALUES (?, ?, ?, ?, ?)",
                (
                    voucher.code,
                    int(amount * 100),
                    service,
                    voucher.expires.isoformat(),
                    purchaser_email,
                ),
            )
        return voucher

    def redeem(self, code: str) -> Decimal | None:
        with sqlite3.connect(self.db_path) as conn:
            row = conn.execute(
                "SELECT amount_pence FROM vouchers WHERE code = ? AND redeemed_on IS NULL AND expires >= ?",
                (code.strip().upper(), date.today().isoformat()),
            ).fetchone()
            if row is None:
                return None
            conn.execute(
                "UPDATE vouchers SET redeemed_on = ? WHERE code = ?",
                (date.today().isoformat(), code.strip().upper()),
            )
        return Decimal(row[0]) / 100
