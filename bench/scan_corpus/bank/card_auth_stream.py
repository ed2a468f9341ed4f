"""Consumer for the card processor's real-time authorisation event stream.

Events arrive as newline-delimited JSON over a mutually authenticated TLS
socket. Each event is handed to the fraud-scoring callback.
"""
from __future__ import annotations

import asyncio
import json
import logging
import ssl
from dataclasses import dataclass
from typing import Awaitable, Callable

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class StreamSettings:
    host: str
    port: int
    ca_file: str
    cert_file: str
    key_file: str


def tls_context(s: StreamSettings) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=s.ca_file)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(certfile=s.cert_file, keyfile=s.key_file)
    return ctx


async def consume(s: StreamSettings, on_event: Callable[[dict], Awaitable[None]]) -> None:
    backoff = 1.0
    while True:
        try:
            reader, writer = await asyncio.open_connection(s.host, s.port, ssl=tls_context(s))
            log.info("connected to authorisation stream %s:%d", s.host, s.port)
            backoff = 1.0
            while line := await reader.readline():
                event = json.loads(line)
                await on_event(event)
            writer.close()
            await writer.wait_closed()
        except (OSError, asyncio.IncompleteReadError, ssl.SSLError) as exc:
            log.warning("stream dropped: %s; reconnecting in %.0fs", exc, backoff)
            await asyncio.sleep(backoff)
            backoff = min(backoff * 2, 60.0)
