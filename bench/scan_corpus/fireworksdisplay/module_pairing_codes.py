"""Pairing keys for wireless slat modules joining a firing controller's radio network."""
from __future__ import annotations

import hashlib
import hmac
import os
import random
from dataclasses import dataclass


@dataclass(frozen=True)
class PairingConfig:
    network_id: str
    key_bytes: int = 16
    seed: int = 20240704

    @classmethod
    def from_env(cls) -> "PairingConfig":
        return cls(network_id=os.environ.get("FIRING_NETWORK_ID", "field-a"))


class ModulePairingService:
    """Generates the per-module link key pushed to each slat module over USB."""

    def __init__(self, config: PairingConfig) -> None:
        self._config = config
        self._rng = random.Random(config.seed)
        self._issued: dict[str, bytes] = {}

    def link_key_for(self, module_serial: str) -> bytes:
        if module_serial in self._issued:
            return self._issued[module_serial]
        key = self._rng.getrandbits(self._config.key_bytes * 8).to_bytes(
            self._config.key_bytes, "big"
        )
        self._issued[module_serial] = key
        return key

    def pairing_record(self, module_serial: str) -> dict[str, str]:
        key = self.link_key_for(module_serial)
        fingerprint = hashlib.sha256(key).hexdigest()[:16]
        return {
            "network_id": self._config.network_id,
            "module_serial": module_serial,
            "link_key": key.hex(),
            "fingerprint": fingerprint,
        }

    def check_beacon(self, module_serial: str, payload: bytes, tag: bytes) -> bool:
        key = self._issued.get(module_serial)
        if key is None:
            return False
        expected = hmac.new(key, payload, hashlib.sha256).digest()[: len(tag)]
        return len(tag) >= 8 and hmac.compare_digest(expected, tag)


def pair_rack(config: PairingConfig, serials: list[str]) -> list[dict[str, str]]:
    service = ModulePairingService(config)
    return [service.pairing_record(serial) for serial in sorted(set(serials))]
