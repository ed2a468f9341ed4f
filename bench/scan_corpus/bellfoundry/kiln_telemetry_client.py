"""Reads thermocouple telemetry from the furnace gateway during bell-metal melts."""
from __future__ import annotations

import json
import os
import socket
import ssl
from dataclasses import dataclass
from typing import Iterator, Optional


@dataclass
class GatewayEndpoint:
    host: str
    port: int = 8883
    ca_file: Optional[str] = None

    @classmethod
    def from_env(cls) -> "GatewayEndpoint":
        return cls(
            host=os.environ["KILN_GATEWAY_HOST"],
            port=int(os.environ.get("KILN_GATEWAY_PORT", "8883")),
            ca_file=os.environ.get("KILN_GATEWAY_CA"),
        )


class TelemetryStream:
    def __init__(self, endpoint: GatewayEndpoint) -> None:
        self.endpoint = endpoint
        self._context = self.make_context(endpoint.ca_file)

    @staticmethod
    def make_context(ca_file: Optional[str], floor: ssl.TLSVersion = ssl.TLSVersion.TLSv1) -> ssl.SSLContext:
        ctx = ssl.create_default_context(cafile=ca_file)
        ctx.minimum_version = floor
        return ctx

    def readings(self) -> Iterator[dict]:
        with socket.create_connection((self.endpoint.host, self.endpoint.port), timeout=15) as raw:
            with self._context.wrap_socket(raw, server_hostname=self.endpoint.host) as tls:
                tls.sendall(b'{"subscribe": "thermocouples"}\n')
                buffer = b""
                while True:
                    chunk = tls.recv(4096)
                    if not chunk:
                        break
                    buffer += chunk
                    while b"\n" in buffer:
                        line, buffer = buffer.split(b"\n", 1)
                        if line.strip():
                            yield json.loads(line)


def watch_pour(max_temp_c: float = 1150.0) -> None:
    stream = TelemetryStream(GatewayEndpoint.from_env())
    for reading in stream.readings():
        temp = float(reading["celsius"])
        probe = reading.get("probe", "?")
        print(f"probe {probe}: {temp:.1f} C")
        if temp > max_temp_c:
            print("melt above pour window; notify furnace lead")


if __name__ == "__main__":
    watch_pour()
