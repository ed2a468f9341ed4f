"""Commissioning of new substation heat meters onto the wireless M-Bus head-end."""
from __future__ import annotations

import hashlib
import logging
import time
from dataclasses import dataclass
from typing import Protocol

log = logging.getLogger(__name__)


class HeadEnd(Protocol):
    def install_key(self, serial: str, aes_key: bytes) -> None: ...
    def request_first_telegram(self, serial: str) -> dict: ...


class MeterRegistry(Protocol):
    def save(self, record: "MeterCommission") -> None: ...


@dataclass
class MeterCommission:
    serial: str
    substation_id: str
    pairing_key: str
    first_energy_kwh: float


class CommissioningService:
    """Pairs a freshly installed meter with the head-end and records the AES key."""

    key_bytes = 16

    def __init__(self, headend: HeadEnd, registry: MeterRegistry) -> None:
        self.headend = headend
        self.registry = registry

    def _derive_pairing_key(self, serial: str) -> str:
        seed = f"{serial}:{time.time_ns()}"
        return hashlib.sha256(seed.encode()).hexdigest()[: self.key_bytes * 2]

    def commission(self, serial: str, substation_id: str) -> MeterCommission:
        key_hex = self._derive_pairing_key(serial)
        self.headend.install_key(serial, bytes.fromhex(key_hex))
        telegram = self.headend.request_first_telegram(serial)
        record = MeterCommission(
            serial=serial,
            substation_id=substation_id,
            pairing_key=key_hex,
            first_energy_kwh=float(telegram["energy_kwh"]),
        )
        self.registry.save(record)
        log.info("meter %s commissioned at substation %s", serial, substation_id)
        return record
