"""Connection settings for charge point simulators used in CSMS load tests."""
from __future__ import annotations

import asyncio
import json
import ssl
import uuid

import websockets
from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class CsmsSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="VG_CSMS_", case_sensitive=False)

    host: str
    port: int = 443
    path: str = "/ocpp"
    protocol: str = "ocpp1.6"
    ca_bundle: str = Field(default="/etc/ssl/certs/ca-certificates.crt")
    simulators: int = 25

    @property
    def base_url(self) -> str:
        return f"wss://{self.host}:{self.port}{self.path}"

    def tls_context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=self.ca_bundle)


async def simulate(settings: CsmsSettings, index: int) -> None:
    cp_id = f"SIM-{index:04d}"
    async with websockets.connect(
        f"{settings.base_url}/{cp_id}",
        subprotocols=[settings.protocol],
        ssl=settings.tls_context(),
    ) as ws:
        await ws.send(json.dumps([2, uuid.uuid4().hex, "BootNotification",
                                  {"chargePointVendor": "VoltGrid", "chargePointModel": "SIM"}]))
        reply = json.loads(await ws.recv())
        interval = reply[2].get("interval", 60)
        for _ in range(3):
            await asyncio.sleep(min(interval, 5))
            await ws.send(json.dumps([2, uuid.uuid4().hex, "Heartbeat", {}]))
            await ws.recv()


async def main() -> None:
    settings = CsmsSettings()
    await asyncio.gather(*(simulate(settings, i) for i in range(settings.simulators)))


if __name__ == "__main__":
    asyncio.run(main())
