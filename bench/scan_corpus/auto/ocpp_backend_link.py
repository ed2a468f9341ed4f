"""Outbound OCPP 2.0.1 link from the local controller to the CSMS.

Used by depot controllers that aggregate several chargers behind one uplink.
"""
import asyncio
import json
import logging
import os
import ssl

import websockets

log = logging.getLogger("ocpp.uplink")


def build_client_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=os.environ.get("CSMS_CA_FILE"))
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(os.environ["CONTROLLER_CERT"], os.environ["CONTROLLER_KEY"])
    return ctx


async def send_boot_notification(ws, model: str, vendor: str) -> dict:
    msg = [2, "boot-1", "BootNotification", {
        "reason": "PowerUp",
        "chargingStation": {"model": model, "vendorName": vendor},
    }]
    await ws.send(json.dumps(msg))
    reply = json.loads(await ws.recv())
    log.info("boot notification status: %s", reply[2].get("status"))
    return reply[2]


async def run_uplink(csms_url: str, station_id: str) -> None:
    async with websockets.connect(
        f"{csms_url.rstrip('/')}/{station_id}",
        ssl=build_client_context(),
        subprotocols=["ocpp2.0.1"],
    ) as ws:
        await send_boot_notification(ws, model=os.environ.get("STATION_MODEL", "DC-150"), vendor="ChargeNet")
        async for raw in ws:
            log.debug("received frame of %d bytes", len(raw))


if __name__ == "__main__":
    asyncio.run(run_uplink(os.environ["CSMS_URL"], os.environ["STATION_ID"]))
