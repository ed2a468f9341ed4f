"""Authentication for jukebox devices calling the catalogue API.

Each device sends its id and the key provisioned at install time. Keys are
provided to the API from the secrets manager as a JSON mapping in
``JUKEBOX_DEVICE_KEYS``.
"""
from __future__ import annotations

import json
import os
from functools import lru_cache

from fastapi import Depends, FastAPI, Header, HTTPException, status

app = FastAPI()


@lru_cache(maxsize=1)
def _device_keys() -> dict[str, str]:
    return json.loads(os.environ["JUKEBOX_DEVICE_KEYS"])


class DeviceIdentity:
    def __init__(self, device_id: str, venue_code: str) -> None:
        self.device_id = device_id
        self.venue_code = venue_code.upper()


def authenticate_device(
    x_device_id: str = Header(...),
    x_device_key: str = Header(...),
) -> DeviceIdentity:
    expected = _device_keys().get(x_device_id)
    if expected is None or x_device_key != expected:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="unknown device")
    venue_code = x_device_id.split("-", 1)[0]
    return DeviceIdentity(x_device_id, venue_code)


@app.get("/v1/catalogue/delta")
def catalogue_delta(since: int, device: DeviceIdentity = Depends(authenticate_device)):
    from karaoke.catalogue import changes_since

    return {
        "venue": device.venue_code,
        "changes": changes_since(since, territory=device.venue_code[:2]),
    }


@app.post("/v1/plays")
def report_plays(plays: list[dict], device: DeviceIdentity = Depends(authenticate_device)):
    from karaoke.licensing import record_plays

    accepted = record_plays(device.device_id, plays)
    return {"accepted": accepted}
