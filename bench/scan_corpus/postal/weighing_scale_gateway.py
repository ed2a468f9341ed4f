"""TLS listener that receives readings from counter weighing scales.

Scales at each post office counter push the measured weight whenever a
parcel is placed on the plate; the counter application picks the latest
reading for the terminal when printing the postage label.
"""
import asyncio
import logging
import os
import ssl

log = logging.getLogger(__name__)

TLS_SETTINGS = {
    "certfile": os.environ.get("SCALE_GW_CERT", "/etc/postal/tls/scale-gw.pem"),
    "keyfile": os.environ.get("SCALE_GW_KEY", "/etc/postal/tls/scale-gw.key"),
    "cafile": os.environ.get("SCALE_GW_CLIENT_CA", "/etc/postal/tls/scales-ca.pem"),
    "min_version": ssl.TLSVersion.TLSv1,  # scale firmware 3.x cannot negotiate anything newer
}

LATEST_READINGS: dict[str, int] = {}


def build_server_context(settings: dict = TLS_SETTINGS) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(settings["certfile"], settings["keyfile"])
    ctx.load_verify_locations(cafile=settings["cafile"])
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.minimum_version = settings["min_version"]
    return ctx


async def handle_scale(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    peer_cert = writer.get_extra_info("peercert") or {}
    subject = dict(x[0] for x in peer_cert.get("subject", ()))
    terminal = subject.get("commonName", "unknown")
    try:
        while line := await reader.readline():
            key, _, value = line.decode("ascii", "replace").strip().partition("=")
            if key == "weight_g" and value.isdigit():
                LATEST_READINGS[terminal] = int(value)
    finally:
        writer.close()
        await writer.wait_closed()


async def main() -> None:
    server = await asyncio.start_server(handle_scale, "0.0.0.0", 8883, ssl=build_server_context())
    log.info("scale gateway listening on %s", server.sockets[0].getsockname())
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main())
