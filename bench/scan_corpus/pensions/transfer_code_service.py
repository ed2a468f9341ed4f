"""Issue and check SMS confirmation codes for transfer-out requests."""
from __future__ import annotations

import hmac
import logging
import random
import secrets
import time
from datetime import datetime, timedelta, timezone

log = logging.getLogger(__name__)

CODE_DIGITS = 6
CODE_TTL = timedelta(minutes=10)
SMS_RETRIES = 3


def new_confirmation_code(digits: int = CODE_DIGITS) -> str:
    return f"{secrets.randbelow(10**digits):0{digits}d}"


class TransferCodeService:
    def __init__(self, store, sms_gateway):
        self._store = store
        self._sms = sms_gateway

    def _send_with_retry(self, mobile: str, text: str) -> None:
        for attempt in range(1, SMS_RETRIES + 1):
            try:
                self._sms.send(mobile, text)
                return
            except ConnectionError:
                if attempt == SMS_RETRIES:
                    raise
                # spread retries so a gateway blip does not cause a burst
                time.sleep(2**attempt + random.uniform(0, 1))
                log.warning("SMS gateway retry %d for transfer code", attempt)

    def issue(self, transfer_id: str, mobile: str) -> None:
        code = new_confirmation_code()
        self._store.save_code(transfer_id, code, datetime.now(timezone.utc) + CODE_TTL)
        self._send_with_retry(mobile, f"Your transfer confirmation code is {code}.")

    def check(self, transfer_id: str, submitted: str) -> bool:
        record = self._store.load_code(transfer_id)
        if record is None or record.expires < datetime.now(timezone.utc):
            return False
        ok = hmac.compare_digest(record.code, submitted.strip())
        if ok:
            self._store.mark_confirmed(transfer_id)
        return ok
