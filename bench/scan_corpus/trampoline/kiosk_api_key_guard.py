"""API-key check for the self-service check-in kiosks calling the site server."""
from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass

from fastapi import Depends, FastAPI, Header, HTTPException

app = FastAPI()


@dataclass(frozen=True)
class KioskKey:
    kiosk_id: str
    key_sha256: bytes


class KioskKeyRegistry:
    """Stores only SHA-256 digests of issued kiosk keys, loaded from the environment."""

    def __init__(self, entries: dict[str, str]) -> None:
        self._keys = {kid: KioskKey(kid, bytes.fromhex(h)) for kid, h in entries.items()}

    @classmethod
    def from_env(cls) -> "KioskKeyRegistry":
        raw = os.environ.get("KIOSK_KEY_DIGESTS", "")
        pairs = dict(item.split(":", 1) for item in raw.split(",") if ":" in item)
        return cls(pairs)

    def authenticate(self, kiosk_id: str, presented: str) -> bool:
        known = self._keys.get(kiosk_id)
        digest = hashlib.sha256(presented.encode()).digest()
        if known is None:
            return False
        return hmac.compare_digest(digest, known.key_sha256)


registry = KioskKeyRegistry.from_env()


def require_kiosk(
    x_kiosk_id: str = Header(...),
    x_kiosk_key: str = Header(...),
) -> str:
    if not registry.authenticate(x_kiosk_id, x_kiosk_key):
        raise HTTPException(status_code=401, detail="unknown kiosk")
    return x_kiosk_id


@app.post("/checkin/{booking_ref}")
def checkin(booking_ref: str, kiosk_id: str = Depends(require_kiosk)):
    return {"booking": booking_ref, "kiosk": kiosk_id, "status": "checked_in"}
