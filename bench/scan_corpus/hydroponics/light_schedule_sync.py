"""Applies photoperiod schedules to LED driver zones through the vendor CLI."""
from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from datetime import time

from aiohttp import web

log = logging.getLogger(__name__)


@dataclass
class Photoperiod:
    zone: str
    lights_on: time
    lights_off: time
    intensity_pct: int = 100


class DriverCommand:
    binary = "/usr/local/bin/ledctl"

    @classmethod
    def for_period(cls, period: Photoperiod) -> str:
        return (
            f"{cls.binary} schedule set --zone {period.zone} "
            f"--on {period.lights_on:%H:%M} --off {period.lights_off:%H:%M} "
            f"--intensity {int(period.intensity_pct)}"
        )


async def apply_period(period: Photoperiod) -> int:
    command = DriverCommand.for_period(period)
    proc = await asyncio.create_subprocess_shell(
        command,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await proc.communicate()
    log.info("ledctl zone=%s rc=%s out=%s err=%s", period.zone, proc.returncode, out, err)
    return proc.returncode


async def handle_schedule(request: web.Request) -> web.Response:
    body = await request.json()
    period = Photoperiod(
        zone=body["zone"],
        lights_on=time.fromisoformat(body["lights_on"]),
        lights_off=time.fromisoformat(body["lights_off"]),
        intensity_pct=body.get("intensity_pct", 100),
    )
    rc = await apply_period(period)
    if rc != 0:
        return web.json_response({"zone": period.zone, "applied": False}, status=502)
    return web.json_response({"zone": period.zone, "applied": True})


def build_app() -> web.Application:
    app = web.Application()
    app.router.add_post("/zones/schedule", handle_schedule)
    return app
