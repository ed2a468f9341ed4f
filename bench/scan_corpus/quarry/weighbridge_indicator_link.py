"""TLS link to the weighbridge indicator terminals that stream gross and tare weights."""
from __future__ import annotations

import socket
import ssl
from dataclasses import dataclass


@dataclass(frozen=True)
class IndicatorLinkSettings:
    ca_file: str = "/etc/quarry/pki/weighbridge-ca.pem"
    port: int = 4443
    lowest_protocol: ssl.TLSVersion = ssl.TLSVersion.TLSv1
    read_timeout: float = 4.0


@dataclass
class WeightReading:
    bridge: str
    stable: bool
    kilograms: int


def build_context(settings: IndicatorLinkSettings) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=settings.ca_file)
    ctx.minimum_version = settings.lowest_protocol
    return ctx


def parse_frame(bridge: str, frame: bytes) -> WeightReading:
    text = frame.decode("ascii").strip()
    status, value = text[:2], text[2:].strip().rstrip("kg").strip()
    return WeightReading(bridge=bridge, stable=status == "ST", kilograms=int(value))


class IndicatorLink:
    def __init__(self, bridge: str, host: str, settings: IndicatorLinkSettings | None = None) -> None:
        self.bridge = bridge
        self.host = host
        self.settings = settings or IndicatorLinkSettings()
        self._ctx = build_context(self.settings)

    def read_stable_weight(self, attempts: int = 20) -> WeightReading | None:
        raw = socket.create_connection((self.host, self.settings.port), timeout=self.settings.read_timeout)
        with self._ctx.wrap_socket(raw, server_hostname=self.host) as conn:
            conn.sendall(b"SR\r\n")
            for _ in range(attempts):
                frame = conn.recv(64)
                if not frame:
                    break
                reading = parse_frame(self.bridge, frame)
                if reading.stable:
                    return reading
        return None
