"""Authentication dependency for the tool-kiosk API (FastAPI).

Each kiosk sends its id and shared key; keys are provisioned per kiosk so a
stolen tablet can be revoked on its own.
"""
import json
import os
import secrets
from functools import lru_cache

from fastapi import Header, HTTPException, status


@lru_cache(maxsize=1)
def _kiosk_keys() -> dict[str, str]:
    with open(os.environ["KIOSK_KEYS_FILE"], encoding="utf-8") as fh:
        return json.load(fh)


def require_kiosk(
    x_kiosk_id: str = Header(...),
    x_kiosk_key: str = Header(...),
) -> str:
    expected = _kiosk_keys().get(x_kiosk_id)
    if expected is None or not secrets.compare_digest(x_kiosk_key.encode(), expected.encode()):
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="unknown kiosk")
    return x_kiosk_id
