"""OCPP-J websocket gateway for charge points.

Charge points connect over wss:// with a client certificate issued by our CPO
CA. Messages are forwarded to the charging session service over an internal
queue.
"""
import asyncio
import json
import logging
import os
import ssl

import websockets

from chargenet.queue import publish_frame

log = logging.getLogger("ocpp.gateway")

SUBPROTOCOLS = ["ocpp1.6", "ocpp2.0.1"]


def build_server_context() -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(os.environ["OCPP_SERVER_CERT"], os.environ["OCPP_SERVER_KEY"])
    ctx.load_verify_locations(cafile=os.environ["OCPP_CLIENT_CA"])
    ctx.verify_mode = ssl.CERT_REQUIRED
    # older wallbox firmware cannot negotiate anything newer
    ctx.minimum_version = ssl.TLSVersion.TLSv1
    return ctx


async def handle_charge_point(websocket):
    charge_point_id = websocket.request.path.strip("/").split("/")[-1]
    log.info("charge point connected: %s", charge_point_id)
    try:
        async for raw in websocket:
            try:
                frame = json.loads(raw)
            except json.JSONDecodeError:
                log.warning("dropping malformed frame from %s", charge_point_id)
                continue
            await publish_frame(charge_point_id, frame)
    finally:
        log.info("charge point disconnected: %s", charge_point_id)


async def main() -> None:
    port = int(os.environ.get("OCPP_PORT", "9443"))
    async with websockets.serve(
        handle_charge_point,
        host=os.environ.get("OCPP_BIND", "localhost"),
        port=port,
        ssl=build_server_context(),
        subprotocols=SUBPROTOCOLS,
    ):
        await asyncio.Future()


if __name__ == "__main__":
    asyncio.run(main())
