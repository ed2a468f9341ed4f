"""Heartbeat reporter for the permit-processing workers.

Posts a small status document to the agency's internal monitoring
collector every minute so operations can see which build is running
where.
"""
import os
import socket
import time

import requests

REPORTED_ENV_VARS = ("APP_VERSION", "GIT_SHA", "DEPLOY_ENV", "DEPLOY_REGION", "WORKER_QUEUE")


def deployment_info() -> dict:
    return {name.lower(): os.environ.get(name) for name in REPORTED_ENV_VARS}


def heartbeat(collector_url: str, started_at: float, session: requests.Session | None = None) -> None:
    session = session or requests.Session()
    doc = {
        "service": "permit-worker",
        "host": socket.gethostname(),
        "pid": os.getpid(),
        "uptime_s": int(time.monotonic() - started_at),
        "deployment": deployment_info(),
    }
    resp = session.post(collector_url, json=doc, timeout=5)
    resp.raise_for_status()


def run_forever(interval_s: int = 60) -> None:
    collector = os.environ["MONITORING_COLLECTOR_URL"]
    started = time.monotonic()
    session = requests.Session()
    while True:
        try:
            heartbeat(collector, started, session)
        except requests.RequestException:
            pass
        time.sleep(interval_s)
