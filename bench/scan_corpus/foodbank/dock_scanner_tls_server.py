"""TLS listener that receives pallet scans from loading-dock gate readers.

Each reader opens a long-lived connection and sends one JSON line per pallet
that passes the dock door.
"""
from __future__ import annotations

import asyncio
import json
import logging
import os
import ssl
from dataclasses import dataclass, field

log = logging.getLogger("dock.listener")


@dataclass(frozen=True)
class ListenerConfig:
    bind_host: str = field(default_factory=lambda: os.environ["DOCK_BIND_HOST"])
    port: int = int(os.environ.get("DOCK_PORT", "8443"))
    cert_file: str = field(default_factory=lambda: os.environ["DOCK_TLS_CERT"])
    key_file: str = field(default_factory=lambda: os.environ["DOCK_TLS_KEY"])
    client_ca: str = field(default_factory=lambda: os.environ["DOCK_READER_CA"])


def server_context(cfg: ListenerConfig) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(cfg.cert_file, cfg.key_file)
    ctx.load_verify_locations(cafile=cfg.client_ca)
    ctx.verify_mode = ssl.CERT_REQUIRED
    return ctx


async def _handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    peer = writer.get_extra_info("peercert") or {}
    reader_name = dict(x[0] for x in peer.get("subject", ())).get("commonName", "unknown")
    try:
        while line := await reader.readline():
            scan = json.loads(line)
            log.info("dock %s pallet %s sku %s", reader_name, scan.get("pallet"), scan.get("sku"))
            writer.write(b'{"ack":true}\n')
            await writer.drain()
    except (json.JSONDecodeError, ConnectionResetError) as exc:
        log.warning("reader %s dropped: %s", reader_name, exc)
    finally:
        writer.close()


async def serve(cfg: ListenerConfig | None = None) -> None:
    cfg = cfg or ListenerConfig()
    server = await asyncio.start_server(_handle, cfg.bind_host, cfg.port, ssl=server_context(cfg))
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(serve())
