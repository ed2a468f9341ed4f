"""Relay live-tracking positions from tandem pilots' varios to the ops dashboard over TLS."""
from __future__ import annotations

import asyncio
import json
import logging
import os
import ssl
from dataclasses import dataclass, field
from typing import Optional

log = logging.getLogger("tracking.uplink")


@dataclass(frozen=True)
class UplinkSettings:
    host: str = field(default_factory=lambda: os.environ["TRACKING_UPLINK_HOST"])
    port: int = field(default_factory=lambda: int(os.environ.get("TRACKING_UPLINK_PORT", "8883")))
    ca_file: str = field(default_factory=lambda: os.environ.get(
        "TRACKING_CA_FILE", "/etc/pgschool/certs/tracking-ca.pem"))
    client_cert: str = field(default_factory=lambda: os.environ["TRACKING_CLIENT_CERT"])
    client_key: str = field(default_factory=lambda: os.environ["TRACKING_CLIENT_KEY"])


@dataclass
class Position:
    pilot_id: str
    lat: float
    lon: float
    alt_m: int
    vario_ms: float
    ts: float


def build_tls_context(settings: UplinkSettings) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=settings.ca_file)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(settings.client_cert, settings.client_key)
    return ctx


class TrackingUplink:
    def __init__(self, settings: Optional[UplinkSettings] = None) -> None:
        self.settings = settings or UplinkSettings()
        self._ctx = build_tls_context(self.settings)
        self._writer: Optional[asyncio.StreamWriter] = None
        self.queue: "asyncio.Queue[Position]" = asyncio.Queue(maxsize=10_000)

    async def connect(self) -> None:
        _reader, self._writer = await asyncio.open_connection(
            self.settings.host, self.settings.port, ssl=self._ctx,
            server_hostname=self.settings.host,
        )
        log.info("uplink connected to %s:%d", self.settings.host, self.settings.port)

    async def publish(self, position: Position) -> None:
        await self.queue.put(position)

    async def pump(self) -> None:
        while True:
            position = await self.queue.get()
            if self._writer is None or self._writer.is_closing():
                await self.connect()
            line = json.dumps(position.__dict__, separators=(",", ":")) + "\n"
            self._writer.write(line.encode("utf-8"))
            try:
                await self._writer.drain()
            except (ConnectionError, ssl.SSLError) as exc:
                log.warning("uplink dropped (%s); re-queueing position", exc)
                self._writer = None
                await self.queue.put(position)
                await asyncio.sleep(2)
