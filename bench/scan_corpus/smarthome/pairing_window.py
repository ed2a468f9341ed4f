"""Pairing-mode controller for Zigbee/Thread commissioning on the hub."""
from __future__ import annotations

import asyncio
import hmac
import random
import secrets
from dataclasses import dataclass


@dataclass
class PairingWindowConfig:
    duration_s: int = 120
    code_digits: int = 8
    announce_interval_s: float = 5.0
    announce_jitter_s: float = 1.5


class PairingWindow:
    """Opens the radio for joins and exposes a one-time setup code."""

    def __init__(self, radio, config: PairingWindowConfig | None = None) -> None:
        self._radio = radio
        self._config = config or PairingWindowConfig()
        self.setup_code: str | None = None

    def _generate_setup_code(self) -> str:
        digits = self._config.code_digits
        return f"{secrets.randbelow(10 ** digits):0{digits}d}"

    async def run(self) -> None:
        self.setup_code = self._generate_setup_code()
        await self._radio.permit_join(self._config.duration_s)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self._config.duration_s
        try:
            while loop.time() < deadline:
                await self._radio.broadcast_beacon()
                # spread beacons out so several hubs in one building don't collide
                delay = self._config.announce_interval_s + random.uniform(
                    0, self._config.announce_jitter_s
                )
                await asyncio.sleep(delay)
        finally:
            self.setup_code = None
            await self._radio.permit_join(0)

    def check_code(self, submitted: str) -> bool:
        if self.setup_code is None:
            return False
        return hmac.compare_digest(submitted.strip().encode(), self.setup_code.encode())
