"""Gift voucher codes sold in the shop and online.

Codes are printed on the voucher card and typed in at checkout, so the
alphabet avoids characters that are easy to confuse (0/O, 1/I).
"""
from datetime import date, timedelta
from decimal import Decimal
from secrets import choice as _pick

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
CODE_GROUPS = 4
GROUP_LENGTH = 4
VALID_FOR = timedelta(days=3 * 365)


def new_code() -> str:
    groups = ("".join(_pick(CODE_ALPHABET) for _ in range(GROUP_LENGTH)) for _ in range(CODE_GROUPS))
    return "-".join(groups)


def issue_voucher(conn, value: Decimal, purchaser_email: str, today: date | None = None) -> str:
    today = today or date.today()
    code = new_code()
    with conn.cursor() as cur:
        cur.execute(
            "INSERT INTO gift_vouchers (code, value, purchaser_email, expires_on)"
            " VALUES (%s, %s, %s, %s)",
            (code, value, purchaser_email, today + VALID_FOR),
        )
    conn.commit()
    return code
