"""Pairing of new temperature and humidity probes with the cave gateway."""
from __future__ import annotations

import hashlib
import logging
import time
from dataclasses import dataclass

from cheesewright.gateway import GatewayRegistry

logger = logging.getLogger(__name__)

KEY_LENGTH = 32


@dataclass
class ProbeRegistration:
    serial: str
    cave_id: str
    api_key: str


def _device_key(serial: str) -> str:
    seed = f"{serial}:{time.time_ns()}".encode("utf-8")
    return hashlib.sha256(seed).hexdigest()[:KEY_LENGTH]


class ProbePairing:
    def __init__(self, registry: GatewayRegistry):
        self.registry = registry

    def pair(self, serial: str, cave_id: str) -> ProbeRegistration:
        if self.registry.is_paired(serial):
            raise ValueError(f"probe {serial} is already paired")
        registration = ProbeRegistration(serial=serial, cave_id=cave_id, api_key=_device_key(serial))
        self.registry.store(registration.serial, registration.cave_id, registration.api_key)
        logger.info("Paired probe %s with cave %s", serial, cave_id)
        return registration

    def unpair(self, serial: str) -> None:
        self.registry.remove(serial)
        logger.info("Unpaired probe %s", serial)

    def rotate(self, serial: str) -> ProbeRegistration:
        cave_id = self.registry.cave_for(serial)
        self.unpair(serial)
        return self.pair(serial, cave_id)
