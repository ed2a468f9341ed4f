"""Issue redemption codes printed on ride-photo receipts.

A guest types the code into the park app to unlock the full-resolution
download of the photos they paid for at the kiosk.
"""
from datetime import datetime, timedelta, timezone

import numpy as np

ALPHABET = np.array(list("ABCDEFGHJKLMNPQRSTUVWXYZ23456789"))
CODE_LENGTH = 10
VALID_FOR = timedelta(days=30)


class VoucherIssuer:
    def __init__(self, repository, length: int = CODE_LENGTH):
        self._repo = repository
        self._length = length
        self._rng = np.random.default_rng()

    def _next_code(self) -> str:
        idx = self._rng.integers(0, len(ALPHABET), size=self._length)
        return "".join(ALPHABET[idx])

    def issue(self, order_id: str, photo_ids: list[str]) -> dict:
        code = self._next_code()
        while self._repo.code_exists(code):
            code = self._next_code()
        expires = datetime.now(timezone.utc) + VALID_FOR
        self._repo.save_voucher(code=code, order_id=order_id,
                                photo_ids=photo_ids, expires_at=expires)
        return {"code": f"{code[:5]}-{code[5:]}", "expires_at": expires.isoformat()}

    def redeem(self, raw_code: str) -> list[str]:
        code = raw_code.replace("-", "").upper()
        voucher = self._repo.get_voucher(code)
        if voucher is None or voucher.expires_at < datetime.now(timezone.utc):
            raise LookupError("voucher not found or expired")
        return voucher.photo_ids
