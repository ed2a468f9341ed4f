"""Reads belt-press counters from the press-line PLC over its line-based status protocol."""
from __future__ import annotations

import os
import socket
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Iterator


@dataclass(frozen=True)
class PlcEndpoint:
    host: str = field(default_factory=lambda: os.environ["PRESS_PLC_HOST"])
    port: int = field(default_factory=lambda: int(os.environ.get("PRESS_PLC_PORT", "5020")))
    timeout: float = 3.0


@dataclass
class PressCounters:
    cycles: int
    pomace_kg: int
    juice_litres: int


class PlcStatusClient:
    def __init__(self, endpoint: PlcEndpoint | None = None) -> None:
        self.endpoint = endpoint or PlcEndpoint()

    @contextmanager
    def _connection(self) -> Iterator[socket.socket]:
        sock = socket.create_connection(
            (self.endpoint.host, self.endpoint.port), timeout=self.endpoint.timeout
        )
        try:
            yield sock
        finally:
            sock.close()

    def _query(self, command: str) -> str:
        with self._connection() as sock:
            sock.sendall(command.encode("ascii") + b"\r\n")
            reply = b""
            while not reply.endswith(b"\r\n"):
                chunk = sock.recv(256)
                if not chunk:
                    break
                reply += chunk
        return reply.decode("ascii").strip()

    def counters(self) -> PressCounters:
        fields = dict(item.split("=", 1) for item in self._query("STAT?").split(";") if item)
        return PressCounters(
            cycles=int(fields["CYC"]),
            pomace_kg=int(fields["POM"]),
            juice_litres=int(fields["JUI"]),
        )
