"""TLS listener for METAR/TAF bulletin subscribers (aviation dissemination)."""
import asyncio
import json
import logging
import os
import ssl

log = logging.getLogger("avn_listener")

TLS_SETTINGS = {
    "certfile": os.environ.get("AVN_TLS_CERT", "/etc/wxavn/tls/server.crt"),
    "keyfile": os.environ.get("AVN_TLS_KEY", "/etc/wxavn/tls/server.key"),
    "min_version": ssl.TLSVersion.TLSv1_2,
    "ciphers": "ECDHE+AESGCM:ECDHE+CHACHA20",
}


def build_context(settings: dict = TLS_SETTINGS) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.minimum_version = settings["min_version"]
    ctx.set_ciphers(settings["ciphers"])
    ctx.load_cert_chain(settings["certfile"], settings["keyfile"])
    return ctx


class BulletinHub:
    def __init__(self):
        self._writers: set[asyncio.StreamWriter] = set()

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._writers.add(writer)
        log.info("subscriber connected: %s", writer.get_extra_info("peername"))
        try:
            await reader.read()
        finally:
            self._writers.discard(writer)
            writer.close()

    async def publish(self, bulletin: dict) -> None:
        line = (json.dumps(bulletin) + "\n").encode()
        for w in list(self._writers):
            w.write(line)
            await w.drain()


async def serve(hub: BulletinHub, port: int = 8443) -> None:
    bind = os.environ["AVN_LISTEN_ADDR"]
    server = await asyncio.start_server(hub.handle, bind, port, ssl=build_context())
    async with server:
        await server.serve_forever()
