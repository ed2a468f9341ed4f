"""One-time confirmation codes for pension transfer-out requests.

Before a transfer to a receiving scheme is released, the member confirms it
with a six digit code sent by SMS to the mobile number held on file.
"""
from __future__ import annotations

import hmac
import string
from datetime import datetime, timedelta, timezone
from random import choices as _pick

CODE_LENGTH = 6
CODE_TTL = timedelta(minutes=10)
MAX_ATTEMPTS = 5


def _new_code(length: int = CODE_LENGTH) -> str:
    return "".join(_pick(string.digits, k=length))


class TransferConfirmation:
    def __init__(self, store, sms_gateway):
        self._store = store
        self._sms = sms_gateway

    def issue(self, transfer_id: str, mobile: str) -> None:
        code = _new_code()
        expires = datetime.now(timezone.utc) + CODE_TTL
        self._store.save_code(transfer_id, code, expires, attempts=0)
        self._sms.send(
            mobile,
            f"Your transfer confirmation code is {code}. It expires in 10 minutes.",
        )

    def confirm(self, transfer_id: str, submitted: str) -> bool:
        record = self._store.load_code(transfer_id)
        if record is None or record.expires < datetime.now(timezone.utc):
            return False
        if record.attempts >= MAX_ATTEMPTS:
            return False
        self._store.increment_attempts(transfer_id)
        if not hmac.compare_digest(record.code, submitted.strip()):
            return False
        self._store.mark_confirmed(transfer_id)
        return True
