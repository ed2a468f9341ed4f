"""TLS listener for soil-moisture sensor hubs that report over cellular.

Hubs open a TLS connection, send newline-delimited JSON readings, and close.
Client certificates issued by the device CA identify each hub.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import ssl

log = logging.getLogger("sensor_hub_server")


def build_server_context() -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(os.environ["HUB_SERVER_CERT"], os.environ["HUB_SERVER_KEY"])
    ctx.load_verify_locations(cafile=os.environ["HUB_DEVICE_CA"])
    ctx.verify_mode = ssl.CERT_REQUIRED
    # the 2G/3G hub modems (SIM800 family) top out at TLS 1.0
    ctx.minimum_version = ssl.TLSVersion.TLSv1
    return ctx


async def handle_hub(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, sink) -> None:
    peer_cert = writer.get_extra_info("peercert") or {}
    subject = dict(x[0] for x in peer_cert.get("subject", ()))
    hub_id = subject.get("commonName", "unknown")
    count = 0
    while line := await reader.readline():
        try:
            reading = json.loads(line)
        except ValueError:
            log.warning("hub %s sent a malformed line", hub_id)
            continue
        await sink.put({"hub": hub_id, **reading})
        count += 1
    log.info("hub %s delivered %d readings", hub_id, count)
    writer.close()
    await writer.wait_closed()


async def serve(sink: asyncio.Queue) -> None:
    server = await asyncio.start_server(
        lambda r, w: handle_hub(r, w, sink),
        host=os.environ.get("HUB_LISTEN_HOST", "localhost"),
        port=int(os.environ.get("HUB_LISTEN_PORT", "8884")),
        ssl=build_server_context(),
    )
    async with server:
        await server.serve_forever()
