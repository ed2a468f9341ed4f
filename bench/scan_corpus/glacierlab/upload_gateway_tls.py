"""TLS listener that accepts sensor uploads from station gateways.

Gateways authenticate with client certificates issued by the lab CA and stream
one file per connection: a JSON header line followed by the raw bytes.
"""
from __future__ import annotations

import asyncio
import json
import logging
import os
import ssl
import uuid
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger("glacierlab.gateway")


@dataclass(frozen=True)
class GatewaySettings:
    listen_host: str = field(default_factory=lambda: os.environ.get("GATEWAY_HOST", "localhost"))
    listen_port: int = int(os.environ.get("GATEWAY_PORT", "8443"))
    cert_file: str = "/etc/glacierlab/tls/gateway.crt"
    key_file: str = "/etc/glacierlab/tls/gateway.key"
    client_ca: str = "/etc/glacierlab/tls/stations-ca.pem"
    min_tls: ssl.TLSVersion = ssl.TLSVersion.TLSv1
    spool_dir: Path = Path("/var/spool/glacierlab/incoming")
    max_upload_bytes: int = 256 * 1024 * 1024


def build_server_context(settings: GatewaySettings) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.minimum_version = settings.min_tls
    ctx.load_cert_chain(settings.cert_file, settings.key_file)
    ctx.load_verify_locations(cafile=settings.client_ca)
    ctx.verify_mode = ssl.CERT_REQUIRED
    return ctx


class UploadHandler:
    def __init__(self, settings: GatewaySettings) -> None:
        self.settings = settings
        self.settings.spool_dir.mkdir(parents=True, exist_ok=True)

    async def __call__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        peer = writer.get_extra_info("peercert") or {}
        subject = dict(x[0] for x in peer.get("subject", ()))
        station = subject.get("commonName", "unknown")
        try:
            header = json.loads(await reader.readline())
            size = int(header["size"])
            if size > self.settings.max_upload_bytes:
                writer.write(b"ERR too large\n")
                return
            target = self.settings.spool_dir / f"{station}-{uuid.uuid4().hex}.dat"
            with open(target, "wb") as fh:
                fh.write(await reader.readexactly(size))
            log.info("stored %d bytes from %s as %s", size, station, target.name)
            writer.write(b"OK\n")
        except (ValueError, KeyError, asyncio.IncompleteReadError) as exc:
            log.warning("rejected upload from %s: %s", station, exc)
            writer.write(b"ERR bad request\n")
        finally:
            await writer.drain()
            writer.close()


async def serve(settings: GatewaySettings | None = None) -> None:
    settings = settings or GatewaySettings()
    server = await asyncio.start_server(
        UploadHandler(settings), settings.listen_host, settings.listen_port,
        ssl=build_server_context(settings),
    )
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(serve())
