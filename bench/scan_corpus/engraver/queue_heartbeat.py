"""Reports laser queue health to the status dashboard every minute."""
import logging
import os
import socket
import time
from dataclasses import asdict, dataclass

import requests

log = logging.getLogger("engraver.heartbeat")

STATUS_URL = os.environ.get("STATUS_DASHBOARD_URL", "https://status.brightlineengraving.com/api/beat")
INTERVAL = int(os.environ.get("HEARTBEAT_SECONDS", "60"))
SHARED_SETTINGS = ("LASER_MACHINES", "QUEUE_NAME", "WORKER_VERSION", "TZ")


@dataclass
class Beat:
    host: str
    pending: int
    running: int
    failed_last_hour: int
    settings: dict


def public_settings() -> dict:
    return {name: os.environ.get(name, "") for name in SHARED_SETTINGS}


def collect(queue) -> Beat:
    return Beat(
        host=socket.gethostname(),
        pending=queue.count("pending"),
        running=queue.count("running"),
        failed_last_hour=queue.failed_since(time.time() - 3600),
        settings=public_settings(),
    )


def send(beat: Beat, session: requests.Session) -> None:
    try:
        resp = session.post(STATUS_URL, json=asdict(beat), timeout=5)
        resp.raise_for_status()
    except requests.RequestException as exc:
        log.warning("heartbeat not delivered: %s", exc)


def loop(queue) -> None:
    session = requests.Session()
    session.headers["User-Agent"] = "engraver-heartbeat/1.0"
    while True:
        started = time.monotonic()
        send(collect(queue), session)
        time.sleep(max(1.0, INTERVAL - (time.monotonic() - started)))
