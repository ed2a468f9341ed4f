"""Reachability check for screen players, run every five minutes by cron.

Each player exposes a small status endpoint on its management VPN
address.  The addresses come from the fleet inventory API, and the
inventory API's own address comes from the job's environment.
"""
from __future__ import annotations

import concurrent.futures
import logging
import os
from dataclasses import dataclass

import requests

log = logging.getLogger("fleet-ping")


@dataclass(frozen=True)
class PingSettings:
    inventory_url: str
    inventory_token: str
    fleet_ca: str
    timeout_s: float = 5.0
    workers: int = 32

    @classmethod
    def from_env(cls) -> "PingSettings":
        return cls(
            inventory_url=os.environ["FLEET_INVENTORY_URL"],
            inventory_token=os.environ["FLEET_INVENTORY_TOKEN"],
            fleet_ca=os.environ.get("FLEET_CA_BUNDLE", "/etc/fleet/ca.pem"),
        )


def players(settings: PingSettings) -> list[dict]:
    resp = requests.get(
        f"{settings.inventory_url}/v1/players?status=active",
        headers={"Authorization": f"Bearer {settings.inventory_token}"},
        verify=settings.fleet_ca,
        timeout=settings.timeout_s,
    )
    resp.raise_for_status()
    return resp.json()["players"]


def ping(settings: PingSettings, player: dict) -> tuple[str, bool]:
    try:
        resp = requests.get(
            f"https://{player['mgmt_address']}:8443/status",
            verify=settings.fleet_ca,
            timeout=settings.timeout_s,
        )
        return player["player_id"], resp.ok
    except requests.RequestException:
        return player["player_id"], False


def main() -> int:
    settings = PingSettings.from_env()
    fleet = players(settings)
    with concurrent.futures.ThreadPoolExecutor(max_workers=settings.workers) as pool:
        results = list(pool.map(lambda p: ping(settings, p), fleet))
    offline = [player_id for player_id, ok in results if not ok]
    for player_id in offline:
        log.warning("player %s unreachable", player_id)
    log.info("%d/%d players reachable", len(results) - len(offline), len(results))
    return 1 if offline else 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    raise SystemExit(main())
