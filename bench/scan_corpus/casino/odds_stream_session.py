"""HTTP session factory for the in-play odds stream.

The provider's streaming endpoint sits behind their private CA and requires a
client certificate issued to our account.
"""
from __future__ import annotations

import ssl
from dataclasses import dataclass

import aiohttp


@dataclass(frozen=True)
class StreamTlsConfig:
    ca_file: str | None
    client_cert: str
    client_key: str


def _ssl_context(cfg: StreamTlsConfig) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=cfg.ca_file)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(certfile=cfg.client_cert, keyfile=cfg.client_key)
    return ctx


def open_stream_session(tls: StreamTlsConfig, base_url: str, timeout_s: float = 30.0) -> aiohttp.ClientSession:
    connector = aiohttp.TCPConnector(limit=4, ssl=_ssl_context(tls), enable_cleanup_closed=True)
    return aiohttp.ClientSession(
        base_url=base_url,
        connector=connector,
        timeout=aiohttp.ClientTimeout(total=None, sock_read=timeout_s),
        headers={"Accept": "application/x-ndjson"},
    )


async def iter_updates(session: aiohttp.ClientSession, event_ids: list[str]):
    async with session.get("/stream/v1/markets", params={"events": ",".join(event_ids)}) as resp:
        resp.raise_for_status()
        async for line in resp.content:
            line = line.strip()
            if line:
                yield line
