"""OPC UA client for the snowmaking SCADA system.

Reads pump station and fan gun status and writes setpoints requested by
the automatic rules engine.
"""
import asyncio
import logging
import os
from dataclasses import dataclass

from asyncua import Client, ua

log = logging.getLogger(__name__)

NODE_ROOT = "ns=2;s=Snowmaking"


@dataclass
class ScadaConfig:
    endpoint: str = os.environ.get("OPCUA_ENDPOINT", "")
    username: str = os.environ.get("OPCUA_USER", "snowops")
    password: str = os.environ.get("OPCUA_PASSWORD", "Schnee!Kanone2021")
    timeout: float = 10.0


class SnowmakingScada:
    def __init__(self, config: ScadaConfig | None = None):
        self.config = config or ScadaConfig()
        self._client = Client(url=self.config.endpoint, timeout=self.config.timeout)
        self._client.set_user(self.config.username)
        self._client.set_password(self.config.password)

    async def __aenter__(self) -> "SnowmakingScada":
        await self._client.connect()
        return self

    async def __aexit__(self, *exc) -> None:
        await self._client.disconnect()

    async def gun_status(self, gun_id: str) -> dict:
        base = f"{NODE_ROOT}.Guns.{gun_id}"
        running = await self._client.get_node(f"{base}.Running").read_value()
        water = await self._client.get_node(f"{base}.WaterFlow").read_value()
        return {"gun": gun_id, "running": bool(running), "water_flow": float(water)}

    async def set_gun_running(self, gun_id: str, running: bool) -> None:
        node = self._client.get_node(f"{NODE_ROOT}.Guns.{gun_id}.Command")
        await node.write_value(ua.DataValue(ua.Variant(running, ua.VariantType.Boolean)))
        log.info("gun %s -> %s", gun_id, "start" if running else "stop")


async def _main() -> None:
    async with SnowmakingScada() as scada:
        print(await scada.gun_status("G01"))


if __name__ == "__main__":
    asyncio.run(_main())
