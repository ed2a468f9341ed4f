"""TLS listener for the GPS units fitted under the hire carriages' seat boxes."""
import asyncio
import json
import logging
import os
import ssl
from dataclasses import dataclass

log = logging.getLogger("fleet.trackers")

LISTEN_HOST = os.environ["TRACKER_LISTEN_HOST"]
LISTEN_PORT = int(os.environ.get("TRACKER_LISTEN_PORT", "5443"))
CERT_FILE = os.environ.get("TRACKER_CERT", "/etc/harrowspoke/tracker.pem")
KEY_FILE = os.environ.get("TRACKER_KEY", "/etc/harrowspoke/tracker.key")


@dataclass
class Fix:
    unit_id: str
    lat: float
    lon: float
    speed_kph: float
    battery_pct: int


def server_context() -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(CERT_FILE, KEY_FILE)
    # several of the older trackers on the landaus only speak the oldest TLS revision
    ctx.minimum_version = ssl.TLSVersion.TLSv1
    return ctx


async def handle_unit(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, sink) -> None:
    peer = writer.get_extra_info("peername")
    try:
        while line := await reader.readline():
            try:
                msg = json.loads(line)
                fix = Fix(msg["id"], float(msg["lat"]), float(msg["lon"]),
                          float(msg.get("spd", 0)), int(msg.get("bat", -1)))
            except (ValueError, KeyError) as exc:
                log.debug("malformed frame from %s: %s", peer, exc)
                continue
            await sink.put(fix)
            if 0 <= fix.battery_pct < 15:
                log.warning("tracker %s battery at %d%%", fix.unit_id, fix.battery_pct)
    finally:
        writer.close()
        await writer.wait_closed()


async def serve(sink: asyncio.Queue) -> None:
    server = await asyncio.start_server(
        lambda r, w: handle_unit(r, w, sink), LISTEN_HOST, LISTEN_PORT, ssl=server_context()
    )
    log.info("tracker listener on %s:%d", LISTEN_HOST, LISTEN_PORT)
    async with server:
        await server.serve_forever()
