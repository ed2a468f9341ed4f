"""Streams the official live-timing feed over TLS into the strategy engine."""
from __future__ import annotations

import asyncio
import json
import logging
import os
import ssl
from dataclasses import dataclass, field
from typing import AsyncIterator, Dict, Any

log = logging.getLogger("timing.feed")


@dataclass
class FeedEndpoint:
    host: str = field(default_factory=lambda: os.environ["TIMING_FEED_HOST"])
    port: int = field(default_factory=lambda: int(os.environ.get("TIMING_FEED_PORT", "443")))
    ca_file: str | None = field(default_factory=lambda: os.environ.get("TIMING_FEED_CA"))
    subscribe_token: str = field(default_factory=lambda: os.environ["TIMING_FEED_TOKEN"], repr=False)


def build_context(endpoint: FeedEndpoint) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=endpoint.ca_file)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.set_alpn_protocols(["timing/2"])
    return ctx


async def messages(endpoint: FeedEndpoint) -> AsyncIterator[Dict[str, Any]]:
    reader, writer = await asyncio.open_connection(
        endpoint.host, endpoint.port, ssl=build_context(endpoint), server_hostname=endpoint.host,
    )
    try:
        hello = {"op": "subscribe", "token": endpoint.subscribe_token,
                 "topics": ["timing", "race_control", "weather"]}
        writer.write(json.dumps(hello).encode() + b"\n")
        await writer.drain()
        while line := await reader.readline():
            yield json.loads(line)
    finally:
        writer.close()
        await writer.wait_closed()


async def run(handler) -> None:
    endpoint = FeedEndpoint()
    backoff = 1.0
    while True:
        try:
            async for msg in messages(endpoint):
                handler(msg)
                backoff = 1.0
        except (OSError, ssl.SSLError, json.JSONDecodeError) as exc:
            log.warning("timing feed dropped (%s); reconnecting in %.0fs", exc, backoff)
            await asyncio.sleep(backoff)
            backoff = min(backoff * 2, 30.0)
