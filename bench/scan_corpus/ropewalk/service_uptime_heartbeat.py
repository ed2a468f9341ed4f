"""Heartbeat from each ropewalk service to the hosted uptime monitor.

The portal, dispatch and QA services ping the uptime monitor every minute so
the on-call person is paged when one stops; the deployed version is included
so a failing release can be spotted on the monitor's dashboard.
"""
import os
import socket
import threading
import time

import requests

MONITOR_URL = "https://api.uptimebeacon.com/v1/heartbeats"
REPORTED_SETTINGS = ("APP_NAME", "APP_VERSION", "GIT_SHA", "DEPLOY_ENV", "AWS_REGION")
INTERVAL_SECONDS = 60


def settings_snapshot() -> dict:
    return {name: os.environ[name] for name in REPORTED_SETTINGS if name in os.environ}


def send_heartbeat(session: requests.Session) -> None:
    body = {
        "monitor": os.environ.get("UPTIME_MONITOR_ID", "unset"),
        "host": socket.gethostname(),
        "sent_at": int(time.time()),
        "settings": settings_snapshot(),
    }
    headers = {"Authorization": f"Token {os.environ['UPTIME_BEACON_TOKEN']}"}
    session.post(MONITOR_URL, json=body, headers=headers, timeout=5)


def start_heartbeat() -> threading.Thread:
    def _loop() -> None:
        session = requests.Session()
        while True:
            try:
                send_heartbeat(session)
            except requests.RequestException:
                pass
            time.sleep(INTERVAL_SECONDS)

    thread = threading.Thread(target=_loop, name="uptime-heartbeat", daemon=True)
    thread.start()
    return thread
