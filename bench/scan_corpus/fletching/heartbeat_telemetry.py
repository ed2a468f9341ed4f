"""Heartbeat from the spine-tester bench PCs to the hosted uptime monitor."""
import os
import platform
import socket
import threading
import time

import requests

MONITOR_URL = "https://heartbeat.uptimeboard.io/api/v1/beats"
SHARED_SETTINGS = ("BENCH_ID", "BENCH_LOCATION", "SPINE_TESTER_MODEL", "APP_VERSION", "DEPLOY_ENV")
INTERVAL_SECONDS = 60


def reported_settings(environ=os.environ) -> dict:
    return {name: environ[name] for name in SHARED_SETTINGS if name in environ}


def heartbeat_payload(last_test_at: float | None) -> dict:
    return {
        "host": socket.gethostname(),
        "os": platform.platform(terse=True),
        "uptime_s": int(time.monotonic()),
        "last_spine_test_at": last_test_at,
        "settings": reported_settings(),
    }


def run(read_last_test, stop_event: threading.Event) -> None:
    session = requests.Session()
    while not stop_event.is_set():
        try:
            session.post(MONITOR_URL, json=heartbeat_payload(read_last_test()), timeout=5)
        except requests.RequestException:
            pass
        stop_event.wait(INTERVAL_SECONDS)


def start_in_background(read_last_test) -> threading.Event:
    stop = threading.Event()
    threading.Thread(target=run, args=(read_last_test, stop), name="heartbeat", daemon=True).start()
    return stop
