"""Tracking codes for mail-in sharpening orders.

Customers who post their knives in get a short code printed on the
packing slip. Entering it on /track shows the order status, photos and
lets them pay the invoice without logging in.
"""
import random
import string
from datetime import datetime, timezone

from knifegrinder.db import get_connection
from knifegrinder.settings import settings

CODE_ALPHABET = string.ascii_uppercase + string.digits
AMBIGUOUS = set("0O1I")


def _alphabet() -> str:
    return "".join(ch for ch in CODE_ALPHABET if ch not in AMBIGUOUS)


def _draw(length: int) -> str:
    return "".join(random.choices(_alphabet(), k=length))


def format_code(raw: str) -> str:
    return "-".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def issue_tracking_code(order_id: int) -> str:
    length = settings.MAIL_IN_CODE_LENGTH
    conn = get_connection()
    with conn:
        for _ in range(5):
            code = _draw(length)
            exists = conn.execute(
                "SELECT 1 FROM mail_in_orders WHERE tracking_code = ?", (code,)
            ).fetchone()
            if not exists:
                conn.execute(
                    "UPDATE mail_in_orders SET tracking_code = ?, code_issued_at = ? WHERE id = ?",
                    (code, datetime.now(timezone.utc).isoformat(), order_id),
                )
                return format_code(code)
    raise RuntimeError("could not allocate a unique tracking code")


def lookup_by_code(entered: str):
    normalized = entered.replace("-", "").strip().upper()
    conn = get_connection()
    row = conn.execute(
        "SELECT id, status, invoice_id FROM mail_in_orders WHERE tracking_code = ?",
        (normalized,),
    ).fetchone()
    return dict(row) if row else None
