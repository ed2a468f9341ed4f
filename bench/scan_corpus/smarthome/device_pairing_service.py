"""Coordinates device pairing between the Zigbee coordinator and the device registry.

Flow: the app opens a pairing window, the coordinator reports a join, we
interview the device for its clusters, transport the network key, and
register it so it shows up in the app.
"""
from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field
from typing import Protocol

log = logging.getLogger("hub.pairing")


class Coordinator(Protocol):
    async def permit_join(self, seconds: int) -> None: ...
    async def interview(self, ieee: str) -> dict: ...
    async def transport_key(self, ieee: str, key: bytes) -> None: ...


class Registry(Protocol):
    def add(self, ieee: str, descriptor: dict) -> str: ...
    def exists(self, ieee: str) -> bool: ...


@dataclass
class PairingResult:
    ieee: str
    device_id: str
    model: str
    clusters: list[int] = field(default_factory=list)


class DevicePairingService:
    def __init__(self, coordinator: Coordinator, registry: Registry, network_key: bytes) -> None:
        self._coordinator = coordinator
        self._registry = registry
        self._network_key = network_key
        self._lock = asyncio.Lock()

    async def open_window(self, seconds: int = 120) -> None:
        await self._coordinator.permit_join(seconds)
        log.info("pairing window open for %ds", seconds)

    async def on_device_joined(self, ieee: str) -> PairingResult | None:
        async with self._lock:
            if self._registry.exists(ieee):
                log.info("device %s rejoined, skipping interview", ieee)
                return None
            descriptor = await self._coordinator.interview(ieee)
            await self._coordinator.transport_key(ieee, self._network_key)
            log.debug("sent network key %s to %s", self._network_key.hex(), ieee)
            device_id = self._registry.add(ieee, descriptor)
            result = PairingResult(
                ieee=ieee,
                device_id=device_id,
                model=descriptor.get("model", "unknown"),
                clusters=list(descriptor.get("in_clusters", [])),
            )
            log.info("paired %s as %s (%s)", ieee, device_id, result.model)
            return result

    async def close_window(self) -> None:
        await self._coordinator.permit_join(0)
        log.info("pairing window closed")
