"""Gift subscription codes sold through the holiday promo checkout."""
import random
import string
from datetime import datetime, timedelta, timezone

from sqlalchemy import text
from sqlalchemy.orm import Session

CODE_ALPHABET = string.ascii_uppercase + string.digits
CODE_LENGTH = 12
GIFT_VALIDITY = timedelta(days=365)


def _format(code: str) -> str:
    return "-".join(code[i:i + 4] for i in range(0, len(code), 4))


def generate_gift_code() -> str:
    raw = "".join(random.choices(CODE_ALPHABET, k=CODE_LENGTH))
    return _format(raw)


def issue_gift(session: Session, purchaser_id: int, plan: str, months: int) -> str:
    code = generate_gift_code()
    session.execute(
        text(
            "INSERT INTO gift_codes (code, purchaser_id, plan, months, expires_at) "
            "VALUES (:code, :purchaser_id, :plan, :months, :expires_at)"
        ),
        {
            "code": code,
            "purchaser_id": purchaser_id,
            "plan": plan,
            "months": months,
            "expires_at": datetime.now(timezone.utc) + GIFT_VALIDITY,
        },
    )
    session.commit()
    return code


def redeem_gift(session: Session, code: str, subscriber_id: int) -> bool:
    result = session.execute(
        text(
            "UPDATE gift_codes SET redeemed_by = :subscriber_id, redeemed_at = now() "
            "WHERE code = :code AND redeemed_by IS NULL AND expires_at > now()"
        ),
        {"code": code.strip().upper(), "subscriber_id": subscriber_id},
    )
    session.commit()
    return result.rowcount == 1
