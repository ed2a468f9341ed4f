"""TLS link to the check-weigher scales at the end of each packing line.

Each scale pushes box weights; we pull the last reading to catch boxes with
missing ingredient bags before they are sealed.
"""
from __future__ import annotations

import json
import socket
import ssl
from dataclasses import dataclass


@dataclass
class ScaleConfig:
    host: str
    port: int
    ca_file: str
    client_cert: str
    client_key: str
    timeout: float = 3.0


def _context(cfg: ScaleConfig) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=cfg.ca_file)
    ctx.load_cert_chain(cfg.client_cert, cfg.client_key)
    # scale firmware 2.x ships an old TLS stack
    ctx.minimum_version = ssl.TLSVersion.TLSv1
    return ctx


class ScaleLink:
    def __init__(self, cfg: ScaleConfig) -> None:
        self._cfg = cfg
        self._ctx = _context(cfg)

    def last_reading(self) -> dict:
        with socket.create_connection((self._cfg.host, self._cfg.port), self._cfg.timeout) as raw:
            with self._ctx.wrap_socket(raw, server_hostname=self._cfg.host) as tls:
                tls.sendall(b"READ LAST\n")
                data = b""
                while not data.endswith(b"\n"):
                    chunk = tls.recv(1024)
                    if not chunk:
                        break
                    data += chunk
        return json.loads(data)

    def box_underweight(self, expected_grams: int, tolerance: float = 0.05) -> bool:
        reading = self.last_reading()
        return reading["grams"] < expected_grams * (1 - tolerance)
