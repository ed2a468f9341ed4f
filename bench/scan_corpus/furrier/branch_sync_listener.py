"""TLS listener that receives garment movement events from the branch shops.

Satellite branches take coats in over the counter and forward intake and
transfer events here so the central vault knows what is on the next van.
"""
import asyncio
import json
import logging
import os
import ssl

log = logging.getLogger("furrier.branch_sync")

LISTEN_HOST = os.environ["BRANCH_SYNC_HOST"]
LISTEN_PORT = int(os.environ.get("BRANCH_SYNC_PORT", "7443"))
CERT_FILE = os.environ.get("BRANCH_SYNC_CERT", "/etc/furrier/tls/branch-sync.crt")
KEY_FILE = os.environ.get("BRANCH_SYNC_KEY", "/etc/furrier/tls/branch-sync.key")
CLIENT_CA = os.environ.get("BRANCH_CLIENT_CA", "/etc/furrier/ca/branches.pem")


def build_context() -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(CERT_FILE, KEY_FILE)
    ctx.load_verify_locations(CLIENT_CA)
    ctx.verify_mode = ssl.CERT_REQUIRED
    return ctx


async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, queue: asyncio.Queue):
    peer = writer.get_extra_info("peercert") or {}
    branch = dict(x[0] for x in peer.get("subject", ())).get("commonName", "unknown")
    try:
        while line := await reader.readline():
            try:
                event = json.loads(line)
            except json.JSONDecodeError:
                log.info("dropping malformed event from %s", branch)
                continue
            event["branch"] = branch
            await queue.put(event)
            writer.write(b"ack\n")
            await writer.drain()
    finally:
        writer.close()
        await writer.wait_closed()


async def serve(queue: asyncio.Queue) -> None:
    server = await asyncio.start_server(
        lambda r, w: handle(r, w, queue), LISTEN_HOST, LISTEN_PORT, ssl=build_context()
    )
    log.info("branch sync listening on %s:%s", LISTEN_HOST, LISTEN_PORT)
    async with server:
        await server.serve_forever()
