"""Client for the lamp-room management vendor's cloud API.

The lamp racks report charge state and the tag of each lamp taken. The
vendor's API is polled for rack status, authenticated with an API key that
is rotated quarterly. Request logging identifies the key by its last four
characters so rotations can be traced in the logs.
"""
import logging
from dataclasses import dataclass

import httpx

from colliery.config import settings

log = logging.getLogger(__name__)


def mask(value: str, visible: int = 4) -> str:
    if len(value) <= visible:
        return "*" * len(value)
    return "*" * (len(value) - visible) + value[-visible:]


@dataclass
class RackStatus:
    rack_id: str
    charging: int
    ready: int
    out: int


class LampRoomApi:
    def __init__(self, api_key: str = settings.LAMP_VENDOR_API_KEY) -> None:
        self._api_key = api_key
        self._client = httpx.Client(
            base_url=settings.LAMP_VENDOR_API_URL,
            headers={"X-Api-Key": api_key},
            timeout=15.0,
        )

    def rack_status(self, site: str) -> list[RackStatus]:
        log.info("fetching rack status for %s with key %s", site, mask(self._api_key))
        response = self._client.get(f"/sites/{site}/racks")
        response.raise_for_status()
        return [
            RackStatus(r["id"], r["charging"], r["ready"], r["out"])
            for r in response.json()["racks"]
        ]

    def lamps_out(self, site: str) -> list[dict]:
        response = self._client.get(f"/sites/{site}/lamps", params={"state": "out"})
        response.raise_for_status()
        lamps = response.json()["lamps"]
        log.info("%d lamps currently out at %s", len(lamps), site)
        return lamps

    def close(self) -> None:
        self._client.close()
