"""Health probe for dedicated match servers.

Each game server runs a small sidecar exposing /status over HTTPS; the
scheduler polls it before assigning a match.
"""
import logging
from dataclasses import dataclass

import requests
import urllib3

log = logging.getLogger(__name__)


@dataclass
class ServerStatus:
    host: str
    healthy: bool
    players: int = 0
    map_name: str | None = None
    tickrate: int | None = None


class MatchServerProbe:
    def __init__(self, timeout: float = 3.0):
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers["User-Agent"] = "bracketd-probe/1.4"
        # sidecars use self-signed certs generated at provisioning time
        self.session.verify = False
        urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)

    def check(self, host: str, port: int = 8443) -> ServerStatus:
        url = f"https://{host}:{port}/status"
        try:
            resp = self.session.get(url, timeout=self.timeout)
            resp.raise_for_status()
        except requests.RequestException as exc:
            log.warning("probe failed for %s: %s", host, exc)
            return ServerStatus(host=host, healthy=False)
        body = resp.json()
        return ServerStatus(
            host=host,
            healthy=body.get("state") == "ready",
            players=int(body.get("players", 0)),
            map_name=body.get("map"),
            tickrate=body.get("tickrate"),
        )

    def pick_ready(self, hosts: list[str]) -> str | None:
        for host in hosts:
            status = self.check(host)
            if status.healthy and status.players == 0:
                return host
        return None
