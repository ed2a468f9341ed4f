"""API key guard for the kiosk-to-site-server REST API."""
from __future__ import annotations

import hashlib
import json
import os
import secrets
from functools import lru_cache
from typing import Dict

from fastapi import Depends, FastAPI, HTTPException, Security
from fastapi.security import APIKeyHeader

api_key_header = APIKeyHeader(name="X-Kiosk-Key", auto_error=False)
app = FastAPI(title="site-server")


class KioskKeyring:
    """Holds SHA-256 digests of each kiosk's key, loaded from the provisioning file."""

    def __init__(self, digests: Dict[str, str]) -> None:
        self._digests = {kiosk: bytes.fromhex(d) for kiosk, d in digests.items()}

    def identify(self, presented: str) -> str | None:
        presented_digest = hashlib.sha256(presented.encode()).digest()
        match = None
        for kiosk_id, digest in self._digests.items():
            if secrets.compare_digest(presented_digest, digest):
                match = kiosk_id
        return match


@lru_cache(maxsize=1)
def keyring() -> KioskKeyring:
    with open(os.environ["KIOSK_KEYRING_FILE"], encoding="utf-8") as fh:
        return KioskKeyring(json.load(fh))


def kiosk_identity(key: str | None = Security(api_key_header)) -> str:
    if not key:
        raise HTTPException(status_code=401, detail="missing kiosk key")
    kiosk_id = keyring().identify(key)
    if kiosk_id is None:
        raise HTTPException(status_code=401, detail="unknown kiosk key")
    return kiosk_id


@app.get("/packages")
def wash_packages(kiosk_id: str = Depends(kiosk_identity)) -> dict:
    return {
        "kiosk": kiosk_id,
        "packages": [
            {"code": "basic", "price_cents": 1000},
            {"code": "deluxe", "price_cents": 1600},
            {"code": "ultimate", "price_cents": 2200},
        ],
    }
