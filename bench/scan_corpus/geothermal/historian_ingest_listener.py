"""mTLS listener that accepts historian batches from the site collectors."""
from __future__ import annotations

import asyncio
import json
import logging
import ssl

from geo_common.settings import settings
from historian.ingest import store_batch

log = logging.getLogger(__name__)


def build_server_context() -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(settings.INGEST_SERVER_CERT, settings.INGEST_SERVER_KEY)
    ctx.load_verify_locations(cafile=settings.OT_ROOT_CA)
    # every collector presents a certificate from the OT PKI
    ctx.verify_mode = ssl.CERT_REQUIRED
    return ctx


async def _handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    peer_cert = writer.get_extra_info("peercert") or {}
    subject = dict(x[0] for x in peer_cert.get("subject", ()))
    collector = subject.get("commonName", "unknown")
    try:
        while line := await reader.readline():
            batch = json.loads(line)
            await store_batch(collector, batch)
            writer.write(b'{"ok": true}\n')
            await writer.drain()
    except json.JSONDecodeError:
        log.warning("malformed batch from %s", collector)
    finally:
        writer.close()
        await writer.wait_closed()


async def serve() -> None:
    server = await asyncio.start_server(
        _handle, host=settings.INGEST_BIND, port=settings.INGEST_PORT, ssl=build_server_context()
    )
    async with server:
        await server.serve_forever()
