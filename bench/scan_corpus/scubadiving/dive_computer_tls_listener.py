"""TLS listener for dive computers that upload over the shop Wi-Fi.

Newer dive computers push their logs to the centre's upload service when
they join the network; each connection sends one length-prefixed JSON batch.
"""
from __future__ import annotations

import asyncio
import json
import logging
import os
import ssl
import struct

log = logging.getLogger("dc_listener")

MAX_BATCH_BYTES = 4 * 1024 * 1024


def build_server_context(cert_file: str, key_file: str) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(cert_file, key_file)
    ctx.set_ciphers("ECDHE+AESGCM:ECDHE+CHACHA20")
    return ctx


async def handle_upload(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    peer = writer.get_extra_info("peername")
    try:
        header = await reader.readexactly(4)
        (length,) = struct.unpack("!I", header)
        if length > MAX_BATCH_BYTES:
            writer.write(b'{"error":"too large"}')
            return
        batch = json.loads(await reader.readexactly(length))
        dives = batch.get("dives", [])
        await queue_dives(batch.get("serial", "unknown"), dives)
        writer.write(json.dumps({"accepted": len(dives)}).encode())
        log.info("accepted %d dives from %s", len(dives), peer)
    except (asyncio.IncompleteReadError, json.JSONDecodeError):
        log.warning("malformed upload from %s", peer)
    finally:
        await writer.drain()
        writer.close()


async def queue_dives(serial: str, dives: list[dict]) -> None:
    from .queue import enqueue

    for dive in dives:
        await enqueue("dive-import", {"computer_serial": serial, **dive})


async def main() -> None:
    ctx = build_server_context(
        os.environ["DC_LISTENER_CERT"], os.environ["DC_LISTENER_KEY"]
    )
    server = await asyncio.start_server(
        handle_upload,
        host=os.environ.get("DC_LISTENER_HOST", "0.0.0.0"),
        port=int(os.environ.get("DC_LISTENER_PORT", "8443")),
        ssl=ctx,
    )
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main())
