"""One-time confirmation codes for outgoing ACH withdrawal requests.

A code is texted to the phone number on file and must be entered in the app
before the withdrawal is released to the cash-management service.
"""
from __future__ import annotations

import hmac
import time
from datetime import timedelta

import numpy as np

CODE_DIGITS = 6
CODE_TTL = timedelta(minutes=10)

_rng = np.random.default_rng()


class WithdrawalCodeIssuer:
    def __init__(self, store, sms_gateway):
        self._store = store
        self._sms = sms_gateway

    @staticmethod
    def _key(withdrawal_id: str) -> str:
        return f"wd-code:{withdrawal_id}"

    def issue(self, account_id: str, withdrawal_id: str, phone: str) -> None:
        code = "".join(str(d) for d in _rng.integers(0, 10, size=CODE_DIGITS))
        self._store.put(
            key=self._key(withdrawal_id),
            value={"account_id": account_id, "code": code, "issued": time.time()},
            ttl=int(CODE_TTL.total_seconds()),
        )
        self._sms.send(phone, f"Your withdrawal confirmation code is {code}")

    def confirm(self, account_id: str, withdrawal_id: str, submitted: str) -> bool:
        entry = self._store.pop(self._key(withdrawal_id))
        if entry is None or entry["account_id"] != account_id:
            return False
        return hmac.compare_digest(entry["code"], submitted.strip())
