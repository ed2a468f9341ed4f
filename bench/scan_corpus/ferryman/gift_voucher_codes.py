"""Gift vouchers for sightseeing cruises.

Vouchers are sold online and at the pier kiosks and can be redeemed for
any scheduled sightseeing sailing. The code printed on the voucher is the
only thing a customer needs at redemption, so codes are grouped for easy
reading aloud over the phone.
"""
import os
import secrets
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

import psycopg

# No 0/O or 1/I/L so codes survive being read over the phone.
VOUCHER_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
GROUP_SIZE = 4
GROUPS = 4
VALID_FOR = timedelta(days=365)


@dataclass
class GiftVoucher:
    code: str
    value: Decimal
    expires_on: date
    purchaser_email: str


def new_voucher_code(groups: int = GROUPS, size: int = GROUP_SIZE) -> str:
    chunks = ("".join(secrets.choice(VOUCHER_ALPHABET) for _ in range(size)) for _ in range(groups))
    return "-".join(chunks)


def issue_vouchers(value: Decimal, quantity: int, purchaser_email: str) -> list[GiftVoucher]:
    expires = date.today() + VALID_FOR
    issued: list[GiftVoucher] = []
    with psycopg.connect(os.environ["TICKETING_DSN"]) as conn:
        for _ in range(quantity):
            voucher = GiftVoucher(new_voucher_code(), value, expires, purchaser_email)
            conn.execute(
                "INSERT INTO gift_vouchers (code, value, expires_on, purchaser_email) "
                "VALUES (%s, %s, %s, %s)",
                (voucher.code, voucher.value, voucher.expires_on, voucher.purchaser_email),
            )
            issued.append(voucher)
    return issued


def redeem(code: str, booking_ref: str) -> Decimal | None:
    normalised = code.strip().upper().replace(" ", "")
    with psycopg.connect(os.environ["TICKETING_DSN"]) as conn:
        row = conn.execute(
            "UPDATE gift_vouchers SET redeemed_at = now(), booking_ref = %s "
            "WHERE code = %s AND redeemed_at IS NULL AND expires_on >= current_date "
            "RETURNING value",
            (booking_ref, normalised),
        ).fetchone()
    return row[0] if row else None
