"""Thin client for the REST interface on the lantern-room lamp controllers."""
import hashlib
import logging

import httpx

from lighthousekeeper.settings import settings

log = logging.getLogger(__name__)


def key_fingerprint(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()[:8]


class LampController:
    def __init__(self, host: str, api_key: str, timeout: float = 5.0):
        self.host = host
        self._client = httpx.Client(
            base_url=f"https://{host}/api/v1",
            headers={"X-Api-Key": api_key},
            timeout=timeout,
            verify=settings.CONTROLLER_CA_BUNDLE,
        )
        log.info("controller %s client ready (key fp %s)", host, key_fingerprint(api_key))

    def status(self) -> dict:
        resp = self._client.get("/status")
        resp.raise_for_status()
        return resp.json()

    def set_mode(self, mode: str) -> None:
        if mode not in {"normal", "standby", "reduced", "test"}:
            raise ValueError(f"unknown lamp mode {mode!r}")
        resp = self._client.post("/mode", json={"mode": mode})
        resp.raise_for_status()
        log.info("controller %s switched to %s", self.host, mode)

    def close(self) -> None:
        self._client.close()


def controller_for(station_code: str) -> LampController:
    cfg = settings.LAMP_CONTROLLERS[station_code]
    return LampController(cfg["host"], cfg["api_key"])
