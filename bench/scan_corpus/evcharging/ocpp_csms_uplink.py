"""Uplink from a depot site gateway to the central OCPP 1.6 system.

The gateway multiplexes the local charge points behind a single NAT and keeps
one websocket per charge point open towards the CSMS.
"""
from __future__ import annotations

import asyncio
import json
import logging
import ssl
import uuid
from dataclasses import dataclass, field

import websockets

log = logging.getLogger("depot.uplink")


@dataclass
class UplinkTarget:
    scheme: str = "wss"
    address: str = "10.40.2.17"
    port: int = 9443
    path: str = "/ocpp/1.6"
    subprotocols: list[str] = field(default_factory=lambda: ["ocpp1.6"])

    def url_for(self, charge_point_id: str) -> str:
        return f"{self.scheme}://{self.address}:{self.port}{self.path}/{charge_point_id}"


def _call(action: str, payload: dict) -> str:
    return json.dumps([2, uuid.uuid4().hex, action, payload])


class DepotUplink:
    def __init__(self, charge_point_id: str, target: UplinkTarget | None = None) -> None:
        self.charge_point_id = charge_point_id
        self.target = target or UplinkTarget()
        self._ssl = ssl.create_default_context()
        self.heartbeat_interval = 300

    async def _boot(self, ws) -> None:
        await ws.send(_call("BootNotification", {
            "chargePointVendor": "VoltGrid",
            "chargePointModel": "DepotGW-2",
        }))
        reply = json.loads(await ws.recv())
        self.heartbeat_interval = int(reply[2].get("interval", self.heartbeat_interval))
        log.info("boot accepted for %s, heartbeat %ss", self.charge_point_id, self.heartbeat_interval)

    async def run(self) -> None:
        url = self.target.url_for(self.charge_point_id)
        async with websockets.connect(
            url, subprotocols=self.target.subprotocols, ssl=self._ssl
        ) as ws:
            await self._boot(ws)
            while True:
                await asyncio.sleep(self.heartbeat_interval)
                await ws.send(_call("Heartbeat", {}))
                await ws.recv()


async def main(charge_point_ids: list[str]) -> None:
    await asyncio.gather(*(DepotUplink(cp).run() for cp in charge_point_ids))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main(["DEPOT-HAM-01", "DEPOT-HAM-02"]))
