"""Polls correlator nodes listed in the site inventory file and reports their firmware."""
from __future__ import annotations

import argparse
import os
from dataclasses import dataclass
from pathlib import Path

import httpx
import yaml

DEFAULT_INVENTORY = Path(os.environ.get("RT_INVENTORY", "/etc/rt/inventory.yaml"))


@dataclass(frozen=True)
class Node:
    name: str
    host: str
    port: int = 8080


def load_nodes(path: Path, role: str = "correlator") -> list[Node]:
    with path.open(encoding="utf-8") as fh:
        doc = yaml.safe_load(fh) or {}
    return [Node(name=entry["name"], host=entry["host"], port=int(entry.get("port", 8080)))
            for entry in doc.get("nodes", []) if entry.get("role") == role]


def firmware_versions(nodes: list[Node], client: httpx.Client) -> dict[str, str]:
    versions: dict[str, str] = {}
    for node in nodes:
        try:
            resp = client.get(f"https://{node.host}:{node.port}/firmware")
            resp.raise_for_status()
            versions[node.name] = resp.json().get("version", "?")
        except httpx.HTTPError as exc:
            versions[node.name] = f"error: {exc.__class__.__name__}"
    return versions


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--inventory", type=Path, default=DEFAULT_INVENTORY)
    parser.add_argument("--ca", default=os.environ.get("RT_CA_BUNDLE", "/etc/rt/ca.pem"))
    args = parser.parse_args()
    nodes = load_nodes(args.inventory)
    with httpx.Client(verify=args.ca, timeout=5.0) as client:
        for name, version in sorted(firmware_versions(nodes, client).items()):
            print(f"{name:<12} {version}")


if __name__ == "__main__":
    main()
