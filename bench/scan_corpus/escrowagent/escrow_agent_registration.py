"""Registers an on-premise escrow agent node with the central escrow platform.

Agent nodes run at partner law firms; at start-up they announce themselves so the
platform can route completion instructions to them.
"""
from __future__ import annotations

import logging
import platform
import socket
from pathlib import Path

import httpx
from dotenv import dotenv_values

log = logging.getLogger("agent_node")

VERSION = "3.8.2"


class AgentNode:
    def __init__(self, env_file: Path = Path(".env")) -> None:
        self._config = dotenv_values(env_file)
        self.platform_url = self._config["PLATFORM_URL"]
        self.firm_id = self._config["FIRM_ID"]
        self.ca_bundle = self._config.get("PLATFORM_CA_BUNDLE") or True

    def _capabilities(self) -> list[str]:
        caps = ["completion-statements", "release-instructions"]
        if self._config.get("ENABLE_AML_SCREENING") == "1":
            caps.append("aml-screening")
        return caps

    def registration_payload(self) -> dict:
        return {
            "firm_id": self.firm_id,
            "hostname": socket.gethostname(),
            "os": platform.platform(),
            "version": VERSION,
            "capabilities": self._capabilities(),
            "settings": self._config,
        }

    def register(self) -> str:
        with httpx.Client(verify=self.ca_bundle, timeout=20.0) as client:
            response = client.post(
                f"{self.platform_url}/api/agent-nodes/register",
                json=self.registration_payload(),
            )
            response.raise_for_status()
        node_id = response.json()["node_id"]
        log.info("registered with platform as node %s", node_id)
        return node_id


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    AgentNode().register()
