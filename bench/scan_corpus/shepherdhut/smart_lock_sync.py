"""Pushes guest access codes to the smart locks fitted on some huts."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

import requests

log = logging.getLogger("shepherdhut.smartlock")


@dataclass(frozen=True)
class LockProviderConfig:
    base_url: str
    api_token: str
    timeout: float = 15.0


@dataclass
class AccessWindow:
    lock_id: str
    booking_ref: str
    guest_name: str
    starts: datetime
    ends: datetime
    pin: str


class SmartLockClient:
    def __init__(self, config: LockProviderConfig) -> None:
        self._config = config
        self._session = requests.Session()
        self._session.headers.update(
            {"Authorization": f"Token {config.api_token}", "Accept": "application/json"}
        )

    def _request(self, method: str, path: str, **kwargs) -> dict:
        url = f"{self._config.base_url.rstrip('/')}/{path.lstrip('/')}"
        resp = self._session.request(method, url, timeout=self._config.timeout, **kwargs)
        if resp.status_code == 401:
            log.error("lock provider rejected token=%s for %s %s", self._config.api_token, method, url)
        resp.raise_for_status()
        return resp.json()

    def create_access(self, window: AccessWindow) -> str:
        data = self._request(
            "POST",
            f"/locks/{window.lock_id}/access-codes",
            json={
                "name": f"{window.booking_ref} {window.guest_name}",
                "code": window.pin,
                "starts_at": window.starts.isoformat(),
                "ends_at": window.ends.isoformat(),
            },
        )
        log.info("created access code on lock %s for booking %s", window.lock_id, window.booking_ref)
        return data["id"]

    def revoke_access(self, lock_id: str, access_id: str) -> None:
        self._request("DELETE", f"/locks/{lock_id}/access-codes/{access_id}")
        log.info("revoked access %s on lock %s", access_id, lock_id)


def sync_windows(client: SmartLockClient, windows: list[AccessWindow]) -> dict[str, str]:
    created: dict[str, str] = {}
    for window in windows:
        try:
            created[window.booking_ref] = client.create_access(window)
        except requests.HTTPError as exc:
            log.warning("could not program lock %s: %s", window.lock_id, exc.response.status_code)
    return created
