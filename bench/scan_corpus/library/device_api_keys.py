"""API-key authentication for kiosks, sorters and RFID gates talking to the circulation API."""
import hmac
import json
import os
from functools import lru_cache

from fastapi import Header, HTTPException, status


@lru_cache(maxsize=1)
def _device_keys() -> dict[str, str]:
    # Provisioned by the deployment pipeline as {"device_id": "key", ...}.
    return json.loads(os.environ["CIRC_DEVICE_KEYS"])


def require_device(
    x_device_id: str = Header(..., max_length=64),
    x_api_key: str = Header(..., max_length=128),
) -> str:
    expected = _device_keys().get(x_device_id)
    if expected is None or not hmac.compare_digest(x_api_key.encode(), expected.encode()):
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="unknown device")
    return x_device_id
