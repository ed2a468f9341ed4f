"""TLS listener for sorter line status telemetry.

Sorter PLC gateways connect to this service and stream status records
(jams, e-stops, bag counts per induct). Records are forwarded to the BHS
dashboard queue.
"""
import asyncio
import json
import logging
import os
import ssl

log = logging.getLogger("bhs.telemetry")

LISTEN_PORT = int(os.environ.get("BHS_TELEMETRY_PORT", "8883"))
CERT_FILE = os.environ.get("BHS_TELEMETRY_CERT", "/etc/bhs/tls/server.pem")
KEY_FILE = os.environ.get("BHS_TELEMETRY_KEY", "/etc/bhs/tls/server.key")
CLIENT_CA = os.environ.get("BHS_TELEMETRY_CA", "/etc/bhs/tls/plc-ca.pem")


def build_server_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH, cafile=CLIENT_CA)
    ctx.load_cert_chain(CERT_FILE, KEY_FILE)
    ctx.verify_mode = ssl.CERT_REQUIRED
    # Line 3 and line 7 gateways (Siemens CP 343) only negotiate TLS 1.0.
    ctx.minimum_version = ssl.TLSVersion.TLSv1
    return ctx


async def handle_gateway(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, queue: asyncio.Queue):
    peer = writer.get_extra_info("peercert") or {}
    subject = dict(x[0] for x in peer.get("subject", ()))
    gateway = subject.get("commonName", "unknown")
    log.info("gateway %s connected", gateway)
    try:
        while line := await reader.readline():
            try:
                record = json.loads(line)
            except json.JSONDecodeError:
                log.warning("malformed record from %s", gateway)
                continue
            record["gateway"] = gateway
            await queue.put(record)
    finally:
        writer.close()
        await writer.wait_closed()
        log.info("gateway %s disconnected", gateway)


async def serve(queue: asyncio.Queue) -> None:
    server = await asyncio.start_server(
        lambda r, w: handle_gateway(r, w, queue),
        host=os.environ.get("BHS_TELEMETRY_BIND", "0.0.0.0"),
        port=LISTEN_PORT,
        ssl=build_server_context(),
    )
    async with server:
        await server.serve_forever()
