"""Password reset codes sent to dealer users by SMS.

Codes are six digits, valid for ten minutes, and stored only as an HMAC
under the server's reset key.  SMS delivery is retried with jittered
backoff because the gateway rate-limits bursts.
"""
import hashlib
import hmac
import os
import random
import secrets
import time
from datetime import datetime, timedelta, timezone

import requests

RESET_KEY = os.environ["RW_RESET_CODE_KEY"].encode()
SMS_API = os.environ["RW_SMS_API_URL"]
CODE_TTL = timedelta(minutes=10)


def _new_code() -> str:
    return f"{secrets.randbelow(1_000_000):06d}"


def _digest(user_id: int, code: str) -> str:
    return hmac.new(RESET_KEY, f"{user_id}:{code}".encode(), hashlib.sha256).hexdigest()


def _send_sms(phone: str, text: str, attempts: int = 4) -> None:
    for attempt in range(attempts):
        resp = requests.post(
            SMS_API,
            json={"to": phone, "text": text},
            headers={"Authorization": f"Bearer {os.environ['RW_SMS_TOKEN']}"},
            timeout=10,
        )
        if resp.status_code != 429:
            resp.raise_for_status()
            return
        time.sleep(2 ** attempt + random.uniform(0, 1))
    raise RuntimeError("SMS gateway kept rate-limiting")


def start_reset(store, user_id: int, phone: str) -> None:
    code = _new_code()
    store.save_reset(
        user_id=user_id,
        code_digest=_digest(user_id, code),
        expires_at=datetime.now(timezone.utc) + CODE_TTL,
    )
    _send_sms(phone, f"Your Ropeworks portal reset code is {code}")


def confirm_reset(store, user_id: int, code: str) -> bool:
    pending = store.load_reset(user_id)
    if pending is None or pending.expires_at < datetime.now(timezone.utc):
        return False
    ok = hmac.compare_digest(pending.code_digest, _digest(user_id, code))
    if ok:
        store.clear_reset(user_id)
    return ok
