"""Authenticate a remote lighthouse station against the telemetry uplink broker."""
from __future__ import annotations

import logging
import time

import httpx

logger = logging.getLogger("station.uplink")


class UplinkAuthError(RuntimeError):
    """Raised when the broker refuses a station login."""


class UplinkSession:
    def __init__(self, broker_url: str, station_code: str, passphrase: str) -> None:
        self.broker_url = broker_url.rstrip("/")
        self.station_code = station_code
        self._passphrase = passphrase
        self._token: str | None = None
        self._expires = 0.0

    def _login(self) -> None:
        body = {"station": self.station_code, "passphrase": self._passphrase}
        resp = httpx.post(f"{self.broker_url}/auth/station", json=body, timeout=10)
        if resp.status_code != 200:
            raise UplinkAuthError(
                f"broker rejected login {body} (HTTP {resp.status_code})"
            )
        data = resp.json()
        self._token = data["access_token"]
        self._expires = time.monotonic() + data.get("expires_in", 600) - 30

    def token(self) -> str:
        if self._token is None or time.monotonic() >= self._expires:
            self._login()
        assert self._token is not None
        return self._token

    def push(self, readings: list[dict]) -> None:
        headers = {"Authorization": f"Bearer {self.token()}"}
        resp = httpx.post(f"{self.broker_url}/ingest", json=readings, headers=headers, timeout=10)
        resp.raise_for_status()


def push_with_retry(session: UplinkSession, readings: list[dict], attempts: int = 3) -> bool:
    """Push lamp and battery readings and back off between failed attempts."""
    for attempt in range(1, attempts + 1):
        try:
            session.push(readings)
            return True
        except UplinkAuthError as exc:
            logger.error("uplink auth attempt %d failed: %s", attempt, exc)
            time.sleep(2 ** attempt)
        except httpx.HTTPError as exc:
            logger.warning("uplink transport error on attempt %d: %s", attempt, exc)
            time.sleep(2 ** attempt)
    return False
