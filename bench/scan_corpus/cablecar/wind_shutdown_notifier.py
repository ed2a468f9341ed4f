"""Broadcasts wind-hold announcements to station PA systems when a line is stopped."""

from __future__ import annotations

import asyncio
import logging
import os
from dataclasses import dataclass
from datetime import datetime

log = logging.getLogger("windctl.notify")

PA_TOOL = os.environ.get("PA_ANNOUNCE_BIN", "/opt/pa/bin/pa-announce")


@dataclass
class WindHold:
    line: str
    gust_kmh: float
    operator: str
    guest_message: str
    started_at: datetime


def _announcement_command(hold: WindHold, zone: str) -> str:
    return (
        f"{PA_TOOL} --zone {zone} --voice de-en "
        f"--text \"{hold.guest_message}\" --tag windhold-{hold.line}"
    )


async def _announce(command: str, timeout: float) -> int:
    proc = await asyncio.create_subprocess_shell(
        command,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        _, err = await asyncio.wait_for(proc.communicate(), timeout=timeout)
    except asyncio.TimeoutError:
        proc.kill()
        return -1
    if proc.returncode:
        log.warning("PA announce failed: %s", err.decode(errors="replace").strip())
    return proc.returncode or 0


class WindHoldNotifier:
    def __init__(self, zones_by_line: dict[str, list[str]], timeout: float = 20.0) -> None:
        self._zones = zones_by_line
        self._timeout = timeout

    async def broadcast(self, hold: WindHold) -> dict[str, int]:
        zones = self._zones.get(hold.line, [])
        results = await asyncio.gather(
            *(self._announce_zone(hold, z) for z in zones), return_exceptions=False
        )
        log.info("wind hold on %s (%.0f km/h) announced by %s", hold.line, hold.gust_kmh, hold.operator)
        return dict(zip(zones, results))

    async def _announce_zone(self, hold: WindHold, zone: str) -> int:
        return await _announce(_announcement_command(hold, zone), self._timeout)


def hold_from_console(payload: dict) -> WindHold:
    """Build a hold from the JSON body posted by the control-room console."""
    return WindHold(
        line=payload["line"],
        gust_kmh=float(payload["gust_kmh"]),
        operator=payload["operator"],
        guest_message=payload.get("message", "Service paused due to wind."),
        started_at=datetime.fromisoformat(payload["started_at"]),
    )
