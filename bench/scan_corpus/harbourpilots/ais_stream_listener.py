"""Listens to the national AIS NMEA stream over TLS.

The coastguard relays AIS sentences for the approaches over a long-lived
TLS socket. We keep only type 1-3 and 5 messages for vessels inside the
pilotage district and push them onto the dispatch queue.
"""
from __future__ import annotations

import os
import socket
import ssl
import time
from dataclasses import dataclass
from typing import Callable, Iterator


@dataclass(frozen=True)
class StreamSettings:
    host: str
    port: int
    ca_file: str
    reconnect_delay: float = 5.0

    @classmethod
    def from_env(cls) -> "StreamSettings":
        return cls(
            host=os.environ["AIS_STREAM_HOST"],
            port=int(os.environ.get("AIS_STREAM_PORT", "6443")),
            ca_file=os.environ.get("AIS_STREAM_CA", "/etc/ssl/certs/ca-certificates.crt"),
        )


def tls_context(ca_file: str) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=ca_file)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


def _sentences(sock: ssl.SSLSocket) -> Iterator[str]:
    buffer = b""
    while True:
        chunk = sock.recv(4096)
        if not chunk:
            return
        buffer += chunk
        *lines, buffer = buffer.split(b"\r\n")
        for line in lines:
            if line.startswith((b"!AIVDM", b"!AIVDO")):
                yield line.decode("ascii", errors="replace")


def listen(settings: StreamSettings, handle: Callable[[str], None]) -> None:
    ctx = tls_context(settings.ca_file)
    while True:
        try:
            with socket.create_connection((settings.host, settings.port), timeout=30) as raw:
                with ctx.wrap_socket(raw, server_hostname=settings.host) as sock:
                    for sentence in _sentences(sock):
                        handle(sentence)
        except (OSError, ssl.SSLError):
            time.sleep(settings.reconnect_delay)


if __name__ == "__main__":
    listen(StreamSettings.from_env(), print)
