"""One-time verification codes for the patient messaging opt-in flow."""
import random
import string
import time
from typing import Dict, Tuple

DIGITS = string.digits
CODE_LENGTH = 6
CODE_TTL_SECONDS = 300


class VerificationStore:
    def __init__(self) -> None:
        self._codes: Dict[str, Tuple[str, float]] = {}

    def issue(self, phone_number: str) -> str:
        code = "".join(random.choices(DIGITS, k=CODE_LENGTH))
        self._codes[phone_number] = (code, time.monotonic() + CODE_TTL_SECONDS)
        return code

    def confirm(self, phone_number: str, submitted: str) -> bool:
        import hmac
        entry = self._codes.get(phone_number)
        if entry is None:
            return False
        code, expires = entry
        if time.monotonic() > expires:
            self._codes.pop(phone_number, None)
            return False
        ok = hmac.compare_digest(code, submitted)
        if ok:
            self._codes.pop(phone_number, None)
        return ok
