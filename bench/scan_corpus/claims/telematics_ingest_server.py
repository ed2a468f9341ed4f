"""Ingest crash notifications from in-vehicle telematics boxes.

Boxes open a mutually authenticated TLS connection and stream newline
delimited JSON events. Crash events (high-g impact, airbag deployment) open a
provisional first notice of loss.
"""
from __future__ import annotations

import asyncio
import json
import logging
import os
import ssl

from fnol.intake import open_provisional_claim

log = logging.getLogger("telematics.ingest")

CRASH_EVENT_TYPES = {"impact", "airbag", "rollover"}


def build_tls_context(cert_file: str, key_file: str, client_ca: str) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cert_file, key_file)
    ctx.load_verify_locations(cafile=client_ca)
    ctx.verify_mode = ssl.CERT_REQUIRED
    # first-generation OBD dongles still in the field only negotiate TLS 1.0
    ctx.minimum_version = ssl.TLSVersion.TLSv1
    return ctx


async def handle_box(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    peer_cert = writer.get_extra_info("peercert") or {}
    box_id = dict(x[0] for x in peer_cert.get("subject", ())).get("commonName", "unknown")
    try:
        while line := await reader.readline():
            try:
                event = json.loads(line)
            except json.JSONDecodeError:
                log.warning("malformed event from box %s", box_id)
                continue
            if event.get("type") in CRASH_EVENT_TYPES:
                await open_provisional_claim(box_id=box_id, event=event)
            writer.write(b"ACK\n")
            await writer.drain()
    finally:
        writer.close()
        await writer.wait_closed()


async def main() -> None:
    ctx = build_tls_context(
        os.environ["TELEMATICS_CERT"], os.environ["TELEMATICS_KEY"], os.environ["TELEMATICS_CLIENT_CA"]
    )
    server = await asyncio.start_server(
        handle_box,
        host=os.environ.get("TELEMATICS_BIND_HOST") or None,
        port=int(os.environ.get("TELEMATICS_PORT", "8883")),
        ssl=ctx,
    )
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main())
