"""Discount voucher batches for climbing-wall and outdoor-shop promotions.

Marketing generates printed voucher cards (for example 15% off a 60 m dynamic
rope) for trade shows; each code is single-use and redeemed at web checkout.
"""
import secrets
from datetime import date

from celery import shared_task
from sqlalchemy import insert

from ropewalk.marketing.db import engine
from ropewalk.marketing.tables import vouchers

# No 0/O or 1/I so codes survive being read off a printed card.
VOUCHER_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
GROUP_SIZE = 4
GROUPS = 3


def new_voucher_code(prefix: str) -> str:
    groups = [
        "".join(secrets.choice(VOUCHER_ALPHABET) for _ in range(GROUP_SIZE))
        for _ in range(GROUPS)
    ]
    return "-".join([prefix.upper(), *groups])


@shared_task(name="marketing.generate_voucher_batch")
def generate_voucher_batch(campaign: str, prefix: str, quantity: int, percent_off: int, expires: str) -> int:
    expiry = date.fromisoformat(expires)
    codes: set[str] = set()
    while len(codes) < quantity:
        codes.add(new_voucher_code(prefix))
    rows = [
        {"code": code, "campaign": campaign, "percent_off": percent_off, "expires_on": expiry}
        for code in sorted(codes)
    ]
    with engine.begin() as conn:
        conn.execute(insert(vouchers), rows)
    return len(rows)
