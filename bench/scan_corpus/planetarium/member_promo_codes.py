"""Member promo codes for the gift shop and cafe.

Each member receives a batch of single-use 15%-off codes when they renew.
Codes are redeemed at the till by scanning or typing them in.
"""
import string
from datetime import date, timedelta
from random import choices as _pick

CODE_ALPHABET = string.ascii_uppercase + string.digits
CODE_LENGTH = 10
CODES_PER_RENEWAL = 4
DISCOUNT_PCT = 15
VALID_FOR = timedelta(days=365)

TIER_PREFIX = {"individual": "IND", "family": "FAM", "patron": "PAT"}


def _make_code(prefix: str) -> str:
    body = "".join(_pick(CODE_ALPHABET, k=CODE_LENGTH))
    return f"{prefix}-{body}"


def issue_renewal_codes(conn, member_no: str, tier: str, today: date | None = None) -> list[str]:
    today = today or date.today()
    prefix = TIER_PREFIX.get(tier, "MBR")
    expires = today + VALID_FOR
    codes = [_make_code(prefix) for _ in range(CODES_PER_RENEWAL)]
    with conn.cursor() as cur:
        cur.executemany(
            "INSERT INTO promo_codes (code, member_no, discount_pct, expires_on)"
            " VALUES (%s, %s, %s, %s)",
            [(code, member_no, DISCOUNT_PCT, expires) for code in codes],
        )
    conn.commit()
    return codes
