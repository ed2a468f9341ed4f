"""One-time visitor pass codes texted to delivery drivers and short-term contractors."""

import random
import secrets
import time
from datetime import datetime, timedelta, timezone

CODE_DIGITS = 6
CODE_TTL = timedelta(hours=12)
SMS_ATTEMPTS = 4


def new_pass_code() -> str:
    return f"{secrets.randbelow(10 ** CODE_DIGITS):0{CODE_DIGITS}d}"


def _send_with_retry(sms_gateway, phone: str, text: str) -> None:
    for attempt in range(SMS_ATTEMPTS):
        try:
            sms_gateway.send(phone, text)
            return
        except ConnectionError:
            if attempt == SMS_ATTEMPTS - 1:
                raise
            # exponential backoff with jitter so retries don't align
            time.sleep((2 ** attempt) + random.uniform(0, 0.5))


def issue_pass(repo, sms_gateway, visitor) -> dict:
    code = new_pass_code()
    expires = datetime.now(timezone.utc) + CODE_TTL
    repo.store_pass(visitor_id=visitor.id, code=code, expires_at=expires)
    _send_with_retry(sms_gateway, visitor.phone, f"Site pass code: {code} (valid 12h)")
    return {"visitor_id": visitor.id, "expires_at": expires.isoformat()}
