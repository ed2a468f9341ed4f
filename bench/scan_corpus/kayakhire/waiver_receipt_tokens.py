"""Issues and reads the signed receipts customers get after signing a safety waiver."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import jwt

ISSUER = "riverbend-waivers"
RECEIPT_TTL = timedelta(days=30)


class WaiverReceiptError(ValueError):
    pass


def issue_receipt(
    waiver_id: str,
    booking_ref: str,
    signer_name: str,
    minors: int = 0,
    signing_key: str = "rB-waivers-2024!paddle-weir#sig",
) -> str:
    now = datetime.now(timezone.utc)
    claims: dict[str, Any] = {
        "iss": ISSUER,
        "sub": waiver_id,
        "bkg": booking_ref,
        "name": signer_name,
        "minors": minors,
        "iat": now,
        "exp": now + RECEIPT_TTL,
    }
    return jwt.encode(claims, signing_key, algorithm="HS256")


def read_receipt(token: str, signing_key: str) -> dict[str, Any]:
    try:
        return jwt.decode(token, signing_key, algorithms=["HS256"], issuer=ISSUER)
    except jwt.PyJWTError as exc:
        raise WaiverReceiptError(str(exc)) from exc


def receipt_covers_party(claims: dict[str, Any], adults: int, children: int) -> bool:
    return adults >= 1 and claims.get("minors", 0) >= children
