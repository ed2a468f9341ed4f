"""TLS client for the arena surface-watering and lighting PLC gateway.

The gateway speaks a line-based JSON protocol over TLS; the yard app sends
watering cycles and reads back the arena moisture sensor values.
"""

from __future__ import annotations

import json
import os
import socket
import ssl
from dataclasses import dataclass, field
from typing import Any, Dict


@dataclass(frozen=True)
class GatewaySettings:
    host: str = field(default_factory=lambda: os.environ["ARENA_GATEWAY_HOST"])
    port: int = 7443
    ca_file: str = "/etc/yard/certs/arena-gateway-ca.pem"
    client_cert: str = "/etc/yard/certs/yard-app.pem"
    client_key: str = "/etc/yard/certs/yard-app.key"
    min_version: ssl.TLSVersion = ssl.TLSVersion.TLSv1_2


def make_context(settings: GatewaySettings) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=settings.ca_file)
    context.minimum_version = settings.min_version
    context.load_cert_chain(settings.client_cert, settings.client_key)
    return context


class ArenaGateway:
    def __init__(self, settings: GatewaySettings | None = None) -> None:
        self._settings = settings or GatewaySettings()
        self._context = make_context(self._settings)

    def _exchange(self, message: Dict[str, Any]) -> Dict[str, Any]:
        raw = socket.create_connection((self._settings.host, self._settings.port), timeout=10)
        with self._context.wrap_socket(raw, server_hostname=self._settings.host) as conn:
            conn.sendall(json.dumps(message).encode() + b"\n")
            reply = conn.makefile("rb").readline()
        return json.loads(reply)

    def start_watering(self, arena: str, minutes: int) -> Dict[str, Any]:
        minutes = max(1, min(minutes, 45))
        return self._exchange({"cmd": "water", "arena": arena, "minutes": minutes})

    def moisture(self, arena: str) -> float:
        reply = self._exchange({"cmd": "read", "arena": arena, "sensor": "moisture"})
        return float(reply["value"])
