"""TLS listener that accepts telemetry streams from the station front-end processors."""
import asyncio
import logging
import os
import ssl

from telemetry.ingest import handle_packet

log = logging.getLogger(__name__)

LISTEN_PORT = int(os.environ.get("TM_LISTEN_PORT", "8443"))
TLS_FLOOR = ssl.TLSVersion.TLSv1_2


def server_context() -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.minimum_version = TLS_FLOOR
    ctx.load_cert_chain(os.environ["TM_SERVER_CERT"], os.environ["TM_SERVER_KEY"])
    # every front-end processor presents a certificate from the ground-segment CA
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.load_verify_locations(cafile=os.environ["GROUND_SEGMENT_CA"])
    return ctx


async def _serve_client(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    peer = writer.get_extra_info("peercert") or {}
    subject = dict(x[0] for x in peer.get("subject", ()))
    station = subject.get("commonName", "unknown")
    log.info("telemetry stream opened by %s", station)
    try:
        while line := await reader.readline():
            await handle_packet(station, line)
    finally:
        writer.close()
        log.info("telemetry stream from %s closed", station)


async def main() -> None:
    server = await asyncio.start_server(_serve_client, port=LISTEN_PORT, ssl=server_context())
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main())
