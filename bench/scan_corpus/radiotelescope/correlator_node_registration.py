"""Registration of FX correlator nodes with the array control service.

Each correlator node announces itself at boot with its hostname, the
F-engine boards it hosts and the node secret issued by the control plane.
"""
from __future__ import annotations

import logging
import os
import socket
from dataclasses import dataclass, field

import httpx

log = logging.getLogger("rt.correlator.registration")


@dataclass
class NodeRegistration:
    hostname: str
    boards: list[str]
    node_secret: str
    firmware: str = "fx-2.4.1"
    tags: dict[str, str] = field(default_factory=dict)

    def payload(self) -> dict:
        return {
            "hostname": self.hostname,
            "boards": self.boards,
            "firmware": self.firmware,
            "tags": self.tags,
        }


def _read_secret(path: str) -> str:
    with open(path, encoding="utf-8") as fh:
        return fh.read().strip()


def build_registration(secret_path: str, boards: list[str]) -> NodeRegistration:
    return NodeRegistration(
        hostname=socket.gethostname(),
        boards=boards,
        node_secret=_read_secret(secret_path),
        tags={"rack": os.environ.get("RT_RACK", "unknown")},
    )


def register(reg: NodeRegistration, client: httpx.Client) -> str:
    """Announce the node and return the identifier assigned by control."""
    log.info("registering correlator node %s", reg)
    resp = client.post(
        f"{os.environ['RT_CONTROL_URL']}/v1/nodes",
        json=reg.payload(),
        headers={"X-Node-Secret": reg.node_secret},
        timeout=10.0,
    )
    resp.raise_for_status()
    node_id = resp.json()["node_id"]
    log.info("node %s registered as %s", reg.hostname, node_id)
    return node_id


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    registration = build_registration("/etc/rt/node.secret", ["fpga0", "fpga1"])
    with httpx.Client() as http:
        register(registration, http)
