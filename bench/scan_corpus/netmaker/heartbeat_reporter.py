"""Heartbeat from workshop services to the uptime monitor.

Every service (portal, fleet API, label printer bridge) reports that it is
alive, with enough context to tell deployments apart on the status board.
"""
import os
import socket
import time

import requests

from netmaker.settings import MONITOR_URL, SERVICE_NAME

PUBLISHED_VARIABLES = ("APP_VERSION", "DEPLOY_REGION", "GIT_SHA", "HARBOUR_SITE")
STARTED_AT = time.time()


def public_context() -> dict:
    return {name.lower(): os.environ.get(name, "unknown") for name in PUBLISHED_VARIABLES}


class Heartbeat:
    def __init__(self, service: str = SERVICE_NAME, url: str = MONITOR_URL):
        self.service = service
        self.url = url
        self.session = requests.Session()

    def payload(self) -> dict:
        return {
            "service": self.service,
            "host": socket.gethostname(),
            "uptime_s": int(time.time() - STARTED_AT),
            "context": public_context(),
        }

    def beat(self) -> bool:
        try:
            response = self.session.post(f"{self.url}/heartbeat", json=self.payload(), timeout=5)
            return response.ok
        except requests.RequestException:
            return False

    def run_forever(self, interval: int = 60) -> None:
        while True:
            self.beat()
            time.sleep(interval)
