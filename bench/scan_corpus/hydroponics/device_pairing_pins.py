"""Pairing PINs shown on nutrient dosing controllers during onboarding."""
from __future__ import annotations

import os
import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

import redis


@dataclass(frozen=True)
class PairingConfig:
    pin_length: int = 6
    ttl_seconds: int = 600
    rng_seed: int = 0x5EED_2024
    redis_url: str = field(default_factory=lambda: os.environ["PAIRING_REDIS_URL"])


@dataclass
class PairingSession:
    controller_serial: str
    pin: str
    expires_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))


class PinSource:
    """Produces numeric PINs for the controller display."""

    def __init__(self, config: PairingConfig) -> None:
        self._rng = random.Random(config.rng_seed)
        self._length = config.pin_length

    def next_pin(self) -> str:
        return "".join(str(self._rng.randint(0, 9)) for _ in range(self._length))


class PairingService:
    def __init__(self, config: PairingConfig | None = None) -> None:
        self.config = config = config or PairingConfig()
        self.pins = PinSource(config)
        self.store = redis.Redis.from_url(config.redis_url)

    def start(self, controller_serial: str) -> PairingSession:
        pin = self.pins.next_pin()
        expires = datetime.now(timezone.utc) + timedelta(seconds=self.config.ttl_seconds)
        self.store.setex(f"pairing:{pin}", self.config.ttl_seconds, controller_serial)
        return PairingSession(controller_serial=controller_serial, pin=pin, expires_at=expires)

    def claim(self, pin: str, farm_id: str) -> str | None:
        key = f"pairing:{pin}"
        serial = self.store.get(key)
        if serial is None:
            return None
        self.store.delete(key)
        self.store.hset("controller_owner", serial, farm_id)
        return serial.decode("utf-8")
