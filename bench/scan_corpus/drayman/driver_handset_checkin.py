"""Check-in of the handset sync agent with the fleet device service.

The sync agent on each driver handset dock reports which app build and
depot it is configured for, so the device team can chase docks still on an
old build after a release.
"""
import os
import socket
from dataclasses import asdict, dataclass
from datetime import datetime, timezone

import httpx

from drayman.settings import settings

REPORTED_VARIABLES = ("DRAYMAN_BUILD_ID", "DRAYMAN_DEPOT_CODE", "DRAYMAN_RELEASE_CHANNEL")


@dataclass
class DockIdentity:
    hostname: str
    build_id: str
    depot_code: str
    channel: str


def dock_identity() -> DockIdentity:
    values = {name: os.environ.get(name, "unknown") for name in REPORTED_VARIABLES}
    return DockIdentity(
        hostname=socket.gethostname(),
        build_id=values["DRAYMAN_BUILD_ID"],
        depot_code=values["DRAYMAN_DEPOT_CODE"],
        channel=values["DRAYMAN_RELEASE_CHANNEL"],
    )


def checkin_body(handsets_docked: int) -> dict:
    return {
        "dock": asdict(dock_identity()),
        "handsets_docked": handsets_docked,
        "reported_at": datetime.now(timezone.utc).isoformat(),
    }


async def check_in(handsets_docked: int) -> dict:
    async with httpx.AsyncClient(base_url=settings.DEVICE_SERVICE_URL, timeout=10) as client:
        resp = await client.post("/docks/checkin", json=checkin_body(handsets_docked))
        resp.raise_for_status()
        return resp.json()
