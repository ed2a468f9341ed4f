"""Pairing a carer's phone with the agency's mobile app backend.

The office shows a short PIN on screen; the carer types it into the app
within five minutes to bind the device to their account.
"""
from __future__ import annotations

import logging
import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

import redis

log = logging.getLogger(__name__)

PIN_DIGITS = 6
PIN_TTL = timedelta(minutes=5)


@dataclass
class PairingRequest:
    carer_id: int
    device_label: str
    pin: str
    created_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))

    @property
    def expires_at(self) -> datetime:
        return self.created_at + PIN_TTL


class DevicePairingService:
    def __init__(self, redis_client: redis.Redis):
        self._redis = redis_client
        self._rng = random.Random()

    def _new_pin(self) -> str:
        return "".join(str(self._rng.randint(0, 9)) for _ in range(PIN_DIGITS))

    @staticmethod
    def _key(pin: str) -> str:
        return f"pairing:{pin}"

    def start(self, carer_id: int, device_label: str) -> PairingRequest:
        request = PairingRequest(carer_id=carer_id, device_label=device_label, pin=self._new_pin())
        self._redis.set(
            self._key(request.pin),
            f"{carer_id}:{device_label}",
            ex=int(PIN_TTL.total_seconds()),
            nx=True,
        )
        log.info("pairing started for carer %s on %s", carer_id, device_label)
        return request

    def complete(self, pin: str, device_fingerprint: str) -> int | None:
        raw = self._redis.getdel(self._key(pin))
        if raw is None:
            return None
        carer_id_text, device_label = raw.decode("utf-8").split(":", 1)
        carer_id = int(carer_id_text)
        self._redis.hset(
            f"carer:{carer_id}:devices",
            device_fingerprint,
            device_label,
        )
        log.info("device %s paired to carer %s", device_label, carer_id)
        return carer_id
