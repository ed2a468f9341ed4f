"""Announces an on-premise escrow node at a partner law firm to the central platform.

The node reads its local ``.env`` for configuration but only reports descriptive,
non-secret fields; credentials stay on the machine.
"""
from __future__ import annotations

import logging
import platform
import socket
from pathlib import Path

import httpx
from dotenv import dotenv_values

log = logging.getLogger("firm_node")

VERSION = "3.9.0"
ANNOUNCED_SETTINGS = ("FIRM_ID", "FIRM_REGION", "NODE_ROLE", "ENABLE_AML_SCREENING")


class FirmNode:
    def __init__(self, env_file: Path = Path(".env")) -> None:
        self._config = dotenv_values(env_file)
        self.platform_url = self._config["PLATFORM_URL"]
        self.ca_bundle = self._config.get("PLATFORM_CA_BUNDLE") or True

    def _announced_settings(self) -> dict[str, str | None]:
        return {name: self._config.get(name) for name in ANNOUNCED_SETTINGS}

    def announcement(self) -> dict:
        caps = ["completion-statements", "release-instructions"]
        if self._config.get("ENABLE_AML_SCREENING") == "1":
            caps.append("aml-screening")
        return {
            "hostname": socket.gethostname(),
            "os": platform.platform(),
            "version": VERSION,
            "capabilities": caps,
            "settings": self._announced_settings(),
        }

    def announce(self) -> str:
        with httpx.Client(verify=self.ca_bundle, timeout=20.0) as client:
            response = client.post(
                f"{self.platform_url}/api/firm-nodes/announce",
                json=self.announcement(),
            )
            response.raise_for_status()
        node_id = response.json()["node_id"]
        log.info("announced to platform as node %s", node_id)
        return node_id


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    FirmNode().announce()
