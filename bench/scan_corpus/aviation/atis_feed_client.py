"""Client for the D-ATIS text feed published by the ANSP.

Keeps one TLS connection open to the feed concentrator and yields each new
ATIS information letter as it is broadcast for the subscribed airports.
"""
import json
import logging
import socket
import ssl
import time
from dataclasses import dataclass, field
from typing import Iterator

log = logging.getLogger(__name__)


@dataclass
class AtisFeedConfig:
    host: str
    port: int = 7443
    ca_bundle: str | None = None
    reconnect_delay_s: float = 5.0
    airports: list[str] = field(default_factory=list)


@dataclass
class AtisUpdate:
    airport: str
    letter: str
    text: str
    issued: str


def _tls_context(cfg: AtisFeedConfig) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=cfg.ca_bundle)
    # the ANSP's feed concentrator is an older appliance
    ctx.minimum_version = ssl.TLSVersion.TLSv1
    return ctx


def _subscribe(sock: ssl.SSLSocket, airports: list[str]) -> None:
    msg = {"op": "subscribe", "airports": [a.upper() for a in airports]}
    sock.sendall(json.dumps(msg).encode() + b"\n")


def _parse(line: bytes) -> AtisUpdate:
    data = json.loads(line)
    return AtisUpdate(data["icao"], data["letter"], data["text"], data["issued"])


def stream(cfg: AtisFeedConfig) -> Iterator[AtisUpdate]:
    ctx = _tls_context(cfg)
    while True:
        try:
            with socket.create_connection((cfg.host, cfg.port), timeout=30) as raw:
                with ctx.wrap_socket(raw, server_hostname=cfg.host) as sock:
                    _subscribe(sock, cfg.airports)
                    buf = b""
                    while chunk := sock.recv(4096):
                        buf += chunk
                        while b"\n" in buf:
                            line, buf = buf.split(b"\n", 1)
                            if line.strip():
                                yield _parse(line)
        except (OSError, ValueError) as exc:
            log.warning("ATIS feed connection dropped: %s", exc)
        time.sleep(cfg.reconnect_delay_s)
