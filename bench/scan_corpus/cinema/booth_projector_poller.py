"""Poll the auditorium projectors for lamp and playback telemetry.

Runs every minute from the booth automation cron on the screen server and
pushes the results into the TMS status table.
"""
import logging
import time
from dataclasses import dataclass

import requests

log = logging.getLogger(__name__)

BOOTH_CONTROLLER_URL = "http://10.42.1.5:8080"
SCREENS = ("screen-1", "screen-2", "screen-3", "screen-4", "imax")
POLL_TIMEOUT = 4


@dataclass
class ProjectorStatus:
    screen: str
    lamp_hours: int
    state: str
    douser_open: bool


def _status_url(screen: str) -> str:
    return f"{BOOTH_CONTROLLER_URL}/projectors/{screen}/status"


def poll_screen(session: requests.Session, screen: str) -> ProjectorStatus | None:
    try:
        resp = session.get(_status_url(screen), timeout=POLL_TIMEOUT)
        resp.raise_for_status()
    except requests.RequestException as exc:
        log.warning("projector %s unreachable: %s", screen, exc)
        return None
    body = resp.json()
    return ProjectorStatus(
        screen=screen,
        lamp_hours=int(body.get("lampHours", 0)),
        state=body.get("state", "unknown"),
        douser_open=bool(body.get("douserOpen")),
    )


def poll_all() -> list[ProjectorStatus]:
    results = []
    with requests.Session() as session:
        for screen in SCREENS:
            status = poll_screen(session, screen)
            if status is not None:
                results.append(status)
            time.sleep(0.2)
    return results
