"""Load the SCADA gateway inventory and check addresses sit inside the OT network."""

from __future__ import annotations

import ipaddress
import os
from dataclasses import dataclass
from pathlib import Path

import yaml

OT_NETWORKS = (
    ipaddress.ip_network("10.42.0.0/16"),
    ipaddress.ip_network("10.43.0.0/16"),
)


@dataclass(frozen=True)
class GatewayRecord:
    array_id: str
    address: ipaddress.IPv4Address
    port: int
    firmware: str

    @property
    def base_url(self) -> str:
        return f"https://{self.address}:{self.port}/api/v2"


class InventoryError(ValueError):
    pass


def _parse(entry: dict) -> GatewayRecord:
    addr = ipaddress.ip_address(entry["address"])
    if not any(addr in net for net in OT_NETWORKS):
        raise InventoryError(f"{entry.get('array_id')}: {addr} is outside the OT ranges")
    return GatewayRecord(
        array_id=str(entry["array_id"]),
        address=addr,
        port=int(entry.get("port", 8443)),
        firmware=str(entry.get("firmware", "unknown")),
    )


def load_inventory(path: Path | None = None) -> dict[str, GatewayRecord]:
    """Read gateways from the inventory file maintained by the OT team."""
    source = path or Path(os.environ["SCADA_GATEWAY_INVENTORY"])
    with source.open() as fh:
        document = yaml.safe_load(fh) or {}
    records = [_parse(item) for item in document.get("gateways", [])]
    return {r.array_id: r for r in records}


def gateway_for(array_id: str, inventory: dict[str, GatewayRecord]) -> GatewayRecord:
    try:
        return inventory[array_id]
    except KeyError as exc:
        raise InventoryError(f"no gateway registered for {array_id}") from exc


if __name__ == "__main__":
    for rec in load_inventory().values():
        print(f"{rec.array_id:8} {rec.base_url} fw={rec.firmware}")
