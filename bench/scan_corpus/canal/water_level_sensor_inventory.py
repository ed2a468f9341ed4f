"""Validates the water-level sensor inventory before it is loaded into the poller."""
from __future__ import annotations

import csv
import ipaddress
from dataclasses import dataclass
from pathlib import Path


class TelemetryAddressPlan:
    SENSOR_NETWORK = ipaddress.ip_network("10.40.0.0/16")
    RESERVED = (
        ipaddress.ip_network("10.40.0.0/24"),
        ipaddress.ip_network("10.40.255.0/24"),
    )

    @classmethod
    def admissible(cls, address: ipaddress.IPv4Address) -> bool:
        if address not in cls.SENSOR_NETWORK:
            return False
        return not any(address in block for block in cls.RESERVED)


@dataclass(frozen=True)
class SensorRecord:
    sensor_id: str
    pound: str
    address: ipaddress.IPv4Address
    weir_crest_mm: int


class InventoryError(ValueError):
    pass


def parse_row(row: dict[str, str]) -> SensorRecord:
    try:
        address = ipaddress.IPv4Address(row["address"].strip())
    except ipaddress.AddressValueError as exc:
        raise InventoryError(f"{row.get('sensor_id')}: invalid address") from exc
    if not TelemetryAddressPlan.admissible(address):
        raise InventoryError(f"{row['sensor_id']}: {address} outside sensor range")
    return SensorRecord(
        sensor_id=row["sensor_id"].strip(),
        pound=row["pound"].strip(),
        address=address,
        weir_crest_mm=int(row["weir_crest_mm"]),
    )


def load_inventory(path: Path) -> tuple[list[SensorRecord], list[str]]:
    records, errors, seen = [], [], set()
    with path.open(newline="") as fh:
        for row in csv.DictReader(fh):
            try:
                record = parse_row(row)
            except (InventoryError, KeyError, ValueError) as exc:
                errors.append(str(exc))
                continue
            if record.address in seen:
                errors.append(f"{record.sensor_id}: duplicate address {record.address}")
                continue
            seen.add(record.address)
            records.append(record)
    return records, errors
