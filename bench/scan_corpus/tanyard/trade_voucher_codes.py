"""Discount voucher codes handed out at the leather fair and trade shows.

Each voucher gives a saddler or bootmaker a percentage off their first order
of finished bridle or veg-tan shoulders and may be redeemed once.
"""
import secrets
import string
from dataclasses import dataclass
from decimal import Decimal

import psycopg

VOUCHER_ALPHABET = "".join(c for c in string.ascii_uppercase + string.digits if c not in "O0I1")
GROUP_SIZE = 4
GROUPS = 3


@dataclass
class VoucherBatch:
    event: str
    discount: Decimal
    codes: list[str]


def _voucher_code() -> str:
    groups = (
        "".join(secrets.choice(VOUCHER_ALPHABET) for _ in range(GROUP_SIZE))
        for _ in range(GROUPS)
    )
    return "-".join(groups)


def create_batch(dsn: str, event: str, discount: Decimal, count: int) -> VoucherBatch:
    codes = {_voucher_code() for _ in range(count)}
    while len(codes) < count:
        codes.add(_voucher_code())
    with psycopg.connect(dsn) as conn:
        with conn.cursor() as cur:
            cur.executemany(
                "INSERT INTO vouchers (code, event, discount_pct) VALUES (%s, %s, %s)",
                [(code, event, discount) for code in codes],
            )
    return VoucherBatch(event=event, discount=discount, codes=sorted(codes))


def redeem(dsn: str, code: str, order_no: str) -> Decimal | None:
    with psycopg.connect(dsn) as conn:
        row = conn.execute(
            "UPDATE vouchers SET redeemed_order = %s, redeemed_at = now() "
            "WHERE code = %s AND redeemed_order IS NULL RETURNING discount_pct",
            (order_no, code.strip().upper()),
        ).fetchone()
    return row[0] if row else None
