"""Enrols a marina base-station PC with the central fleet manager."""

from __future__ import annotations

import hashlib
import logging
import platform
import socket
from pathlib import Path

import httpx
from dotenv import dotenv_values

log = logging.getLogger("fleet.enrolment")

APP_ROOT = Path(__file__).resolve().parent
ENV_FILE = APP_ROOT / ".env"
_DESCRIBED_KEYS = ("SITE_CODE", "SITE_TIMEZONE", "APP_RELEASE")


class StationEnrolment:
    def __init__(self, settings: dict[str, str | None]) -> None:
        self.settings = settings
        self.client = httpx.Client(
            base_url=settings["FLEET_MANAGER_URL"].rstrip("/"),
            headers={"Authorization": f"Token {settings['FLEET_ENROLMENT_TOKEN']}"},
            timeout=httpx.Timeout(15.0),
        )

    @staticmethod
    def _code_fingerprint() -> str:
        digest = hashlib.sha256()
        for path in sorted(APP_ROOT.rglob("*.py")):
            digest.update(path.read_bytes())
        return digest.hexdigest()

    def _described_settings(self) -> dict[str, str | None]:
        return {key: self.settings.get(key) for key in _DESCRIBED_KEYS}

    def payload(self) -> dict:
        return {
            "hostname": socket.gethostname(),
            "os": platform.platform(),
            "code_sha256": self._code_fingerprint(),
            "settings": self._described_settings(),
        }

    def enrol(self) -> str:
        resp = self.client.post("/stations/enrol", json=self.payload())
        resp.raise_for_status()
        station_id = resp.json()["station_id"]
        log.info("station enrolled as %s", station_id)
        return station_id

    def close(self) -> None:
        self.client.close()


def enrol_from_env_file(path: Path = ENV_FILE) -> str:
    enrolment = StationEnrolment(dict(dotenv_values(path)))
    try:
        return enrolment.enrol()
    finally:
        enrolment.close()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print(enrol_from_env_file())
