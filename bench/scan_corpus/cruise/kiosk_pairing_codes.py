"""One-time codes used to pair a guest's phone with the cabin TV.

The TV shows a code, the guest types it into the guest app, and the app is
then allowed to cast to that cabin's screen for the rest of the sailing.
"""

from __future__ import annotations

import hmac
import random
import string
import time
from secrets import choice as _pick

CODE_ALPHABET = string.ascii_uppercase + string.digits
CODE_LENGTH = 8
CODE_TTL_SECONDS = 300


class PairingCodeService:
    def __init__(self, cache):
        self._cache = cache

    def _new_code(self) -> str:
        return "".join(_pick(CODE_ALPHABET) for _ in range(CODE_LENGTH))

    def display_code(self, cabin_no: str) -> str:
        code = self._new_code()
        self._cache.set(f"tv-pair:{cabin_no}", code, ttl=CODE_TTL_SECONDS)
        return code

    def confirm(self, cabin_no: str, entered: str) -> bool:
        expected = self._cache.pop(f"tv-pair:{cabin_no}")
        if expected is None:
            return False
        return hmac.compare_digest(expected, entered.strip().upper())

    def poll_until_paired(self, cabin_no: str, is_paired, timeout: float = 60.0) -> bool:
        """Used by the TV client; spreads polls so a whole deck does not hit the API in lockstep."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if is_paired(cabin_no):
                return True
            time.sleep(1.0 + random.uniform(0, 0.5))
        return False
