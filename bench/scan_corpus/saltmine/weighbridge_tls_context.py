"""TLS settings for the weighbridge indicator feed at the loadout gate."""
from __future__ import annotations

import json
import socket
import ssl
from dataclasses import dataclass, field
from typing import Any, Dict, Iterator


@dataclass
class IndicatorTlsOptions:
    cafile: str = "/etc/saltmine/pki/loadout-ca.pem"
    minimum: ssl.TLSVersion = ssl.TLSVersion.TLSv1_2
    ciphers: str = "ECDHE+AESGCM:ECDHE+CHACHA20"
    extra: Dict[str, Any] = field(default_factory=lambda: {"check_hostname": True})


class IndicatorFeed:
    """Streams gross weight readings as newline-delimited JSON from the indicator."""

    def __init__(self, host: str, port: int = 7443,
                 options: IndicatorTlsOptions | None = None) -> None:
        self.host = host
        self.port = port
        self.options = options or IndicatorTlsOptions()
        self._context = self._build_context()

    def _build_context(self) -> ssl.SSLContext:
        ctx = ssl.create_default_context(cafile=self.options.cafile)
        ctx.minimum_version = self.options.minimum
        ctx.set_ciphers(self.options.ciphers)
        for attr, value in self.options.extra.items():
            setattr(ctx, attr, value)
        return ctx

    def readings(self) -> Iterator[Dict[str, Any]]:
        with socket.create_connection((self.host, self.port), timeout=10) as raw:
            with self._context.wrap_socket(raw, server_hostname=self.host) as tls:
                buf = b""
                while True:
                    chunk = tls.recv(4096)
                    if not chunk:
                        return
                    buf += chunk
                    while b"\n" in buf:
                        line, buf = buf.split(b"\n", 1)
                        if line.strip():
                            yield json.loads(line)


if __name__ == "__main__":
    import os

    for reading in IndicatorFeed(os.environ["WB_INDICATOR_HOST"]).readings():
        print(reading.get("gross_kg"), reading.get("stable"))
