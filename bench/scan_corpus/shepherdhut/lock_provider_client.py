"""Client for the smart-lock vendor API used on the larger huts."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime

import requests

log = logging.getLogger("shepherdhut.locks")


def mask(secret: str, keep: int = 4) -> str:
    if len(secret) <= keep:
        return "*" * len(secret)
    return "*" * (len(secret) - keep) + secret[-keep:]


@dataclass(frozen=True)
class LockVendorConfig:
    base_url: str
    api_token: str = field(repr=False)
    timeout: float = 15.0


class LockProviderClient:
    def __init__(self, config: LockVendorConfig) -> None:
        self._config = config
        self._session = requests.Session()
        self._session.headers["Authorization"] = f"Token {config.api_token}"

    def _call(self, method: str, path: str, **kwargs) -> dict:
        url = f"{self._config.base_url.rstrip('/')}/{path.lstrip('/')}"
        resp = self._session.request(method, url, timeout=self._config.timeout, **kwargs)
        if resp.status_code in (401, 403):
            log.error("lock vendor refused token %s for %s %s", mask(self._config.api_token), method, url)
        resp.raise_for_status()
        return resp.json() if resp.content else {}

    def program_guest(self, lock_id: str, booking_ref: str, guest_name: str,
                      pin: str, starts: datetime, ends: datetime) -> str:
        data = self._call(
            "POST",
            f"/locks/{lock_id}/access-codes",
            json={
                "name": f"{booking_ref} {guest_name}",
                "code": pin,
                "starts_at": starts.isoformat(),
                "ends_at": ends.isoformat(),
            },
        )
        log.info("programmed lock %s for booking %s (guest %s)", lock_id, booking_ref, guest_name)
        return data["id"]

    def remove_guest(self, lock_id: str, access_id: str) -> None:
        self._call("DELETE", f"/locks/{lock_id}/access-codes/{access_id}")
        log.info("removed access %s from lock %s", access_id, lock_id)

    def battery_levels(self) -> dict[str, int]:
        locks = self._call("GET", "/locks").get("locks", [])
        return {lock["id"]: lock.get("battery", -1) for lock in locks}
