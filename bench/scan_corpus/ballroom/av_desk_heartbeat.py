"""Heartbeat agent on the sound/lighting PC, polled by the AV support dashboard.

Every minute it reports that the playback software is alive, plus a few
health figures. It authenticates to the dashboard with the agent token that
was issued for this machine.
"""

from __future__ import annotations

import logging
import os
import platform
import shutil
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

import httpx

log = logging.getLogger("av.heartbeat")


@dataclass
class Heartbeat:
    venue_code: str
    agent_version: str
    hostname: str = field(default_factory=platform.node)
    disk_free_gb: float = field(default_factory=lambda: round(shutil.disk_usage("/").free / 1024**3, 1))
    playback_running: bool = False
    sent_at: float = field(default_factory=time.time)


def playback_running(process_name: str = "mixxx") -> bool:
    for comm in Path("/proc").glob("[0-9]*/comm"):
        try:
            if comm.read_text().strip() == process_name:
                return True
        except OSError:
            continue
    return False


def run_forever(interval: float = 60.0) -> None:
    dashboard_url = os.environ["AV_DASHBOARD_URL"]
    agent_token = os.environ["AV_AGENT_TOKEN"]
    venue = os.environ.get("VENUE_CODE", "main-hall")
    version = os.environ.get("AGENT_VERSION", "unknown")

    with httpx.Client(
        base_url=dashboard_url,
        headers={"Authorization": f"Bearer {agent_token}"},
        timeout=10.0,
    ) as client:
        while True:
            beat = Heartbeat(venue_code=venue, agent_version=version, playback_running=playback_running())
            try:
                client.post("/agents/heartbeat", json=asdict(beat)).raise_for_status()
            except httpx.HTTPError as exc:
                log.warning("Heartbeat failed: %s", exc.__class__.__name__)
            time.sleep(interval)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run_forever()
