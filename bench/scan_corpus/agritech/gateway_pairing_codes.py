"""Short pairing codes shown on the installer app when adding a gateway.

The technician reads the 8-digit code off the phone and types it into the
gateway's setup page; the gateway then exchanges it for its broker login.
"""
from datetime import datetime, timedelta, timezone

import numpy as np

from .store import PairingStore

CODE_DIGITS = 8
CODE_TTL = timedelta(minutes=10)

_rng = np.random.default_rng()


def _new_code() -> str:
    digits = _rng.integers(0, 10, size=CODE_DIGITS)
    return "".join(str(d) for d in digits)


class PairingService:
    def __init__(self, store: PairingStore):
        self.store = store

    def issue(self, farm_id: int, installer_id: int) -> dict:
        code = _new_code()
        while self.store.exists(code):
            code = _new_code()
        expires = datetime.now(timezone.utc) + CODE_TTL
        self.store.save(code, farm_id=farm_id, installer_id=installer_id, expires_at=expires)
        return {"code": code, "expires_at": expires.isoformat()}

    def redeem(self, code: str, gateway_serial: str) -> int | None:
        entry = self.store.pop(code)
        if entry is None or entry.expires_at < datetime.now(timezone.utc):
            return None
        self.store.bind_gateway(gateway_serial, farm_id=entry.farm_id)
        return entry.farm_id
