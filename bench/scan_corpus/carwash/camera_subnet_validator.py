"""Validate the licence-plate camera inventory before the site agent starts polling it."""
from __future__ import annotations

import ipaddress
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

import requests
import yaml

CAMERA_NETWORKS = tuple(
    ipaddress.ip_network(cidr) for cidr in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16")
)


@dataclass(frozen=True)
class CameraEntry:
    camera_id: str
    address: ipaddress.IPv4Address
    lane: str


def load_inventory(path: Path) -> list[CameraEntry]:
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    entries = []
    for item in raw.get("cameras", []):
        entries.append(
            CameraEntry(
                camera_id=str(item["id"]),
                address=ipaddress.IPv4Address(item["address"]),
                lane=str(item.get("lane", "entry")),
            )
        )
    return entries


def on_site_network(address: ipaddress.IPv4Address) -> bool:
    return any(address in network for network in CAMERA_NETWORKS)


def partition(entries: Iterable[CameraEntry]) -> tuple[list[CameraEntry], list[CameraEntry]]:
    accepted, rejected = [], []
    for entry in entries:
        (accepted if on_site_network(entry.address) else rejected).append(entry)
    return accepted, rejected


def probe(entry: CameraEntry, timeout: float = 2.0) -> bool:
    try:
        resp = requests.get(f"http://{entry.address}/healthz", timeout=timeout)
    except requests.RequestException:
        return False
    return resp.ok


def main() -> int:
    inventory = Path(os.environ["LPR_INVENTORY_FILE"])
    accepted, rejected = partition(load_inventory(inventory))
    for entry in rejected:
        print(f"refusing camera {entry.camera_id}: {entry.address} is outside the site networks")
    healthy = [e.camera_id for e in accepted if probe(e)]
    print(f"{len(healthy)}/{len(accepted)} cameras healthy")
    return 0 if not rejected else 2


if __name__ == "__main__":
    raise SystemExit(main())
