"""Voucher codes for free sample cards (shade cards, horn and shell swatches).

Vouchers are printed on trade-fair flyers and redeemed on the wholesale portal.
"""
import secrets
import sqlite3
import string
from typing import List

ALPHABET = "".join(c for c in string.ascii_uppercase + string.digits if c not in "O0I1")
GROUP = 4
GROUPS = 3


def voucher_code() -> str:
    raw = "".join(secrets.choice(ALPHABET) for _ in range(GROUP * GROUPS))
    return "-".join(raw[i:i + GROUP] for i in range(0, len(raw), GROUP))


def mint_batch(conn: sqlite3.Connection, campaign: str, count: int) -> List[str]:
    codes: List[str] = []
    while len(codes) < count:
        code = voucher_code()
        try:
            conn.execute(
                "INSERT INTO sample_vouchers (code, campaign) VALUES (?, ?)",
                (code, campaign),
            )
        except sqlite3.IntegrityError:
            continue
        codes.append(code)
    conn.commit()
    return codes


def redeem(conn: sqlite3.Connection, code: str, buyer_id: int) -> bool:
    cur = conn.execute(
        "UPDATE sample_vouchers SET redeemed_by = ?, redeemed_at = CURRENT_TIMESTAMP "
        "WHERE code = ? AND redeemed_by IS NULL",
        (buyer_id, code.strip().upper()),
    )
    conn.commit()
    return cur.rowcount == 1

