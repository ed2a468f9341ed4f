"""Heartbeat from portal workers to the internal status dashboard."""
import os
import socket
import time

import requests

from cordmaker.settings import STATUS_DASHBOARD_URL

REPORTED_VARS = ("DEPLOY_ENV", "APP_VERSION", "GIT_SHA", "REGION", "WORKER_ROLE")
STARTED = time.time()


def public_environment() -> dict:
    return {name: os.environ[name] for name in REPORTED_VARS if name in os.environ}


def heartbeat_payload() -> dict:
    return {
        "host": socket.gethostname(),
        "uptime_s": int(time.time() - STARTED),
        "pid": os.getpid(),
        "environment": public_environment(),
    }


def send_heartbeat(session: requests.Session) -> bool:
    try:
        resp = session.post(STATUS_DASHBOARD_URL, json=heartbeat_payload(), timeout=5)
        return resp.ok
    except requests.RequestException:
        return False


def run_forever(interval: int = 30) -> None:
    session = requests.Session()
    while True:
        send_heartbeat(session)
        time.sleep(interval)
