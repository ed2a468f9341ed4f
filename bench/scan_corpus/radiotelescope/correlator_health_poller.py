"""Periodic health poll of the X-engine correlator nodes for the operator dashboard."""
from __future__ import annotations

import logging
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import requests

log = logging.getLogger("rt.correlator.health")


@dataclass
class NodeHealth:
    address: str
    ok: bool
    fpga_temp_c: float | None = None
    dropped_packets: int | None = None


class CorrelatorHealthPoller:
    NODES = ("10.42.7.11", "10.42.7.12", "10.42.7.13", "10.42.7.14")
    PORT = 8080
    INTERVAL_S = 15

    def __init__(self, session: requests.Session | None = None) -> None:
        self.session = session or requests.Session()

    def _probe(self, address: str) -> NodeHealth:
        try:
            resp = self.session.get(f"http://{address}:{self.PORT}/health", timeout=3)
            resp.raise_for_status()
            body = resp.json()
        except (requests.RequestException, ValueError) as exc:
            log.warning("node %s unreachable: %s", address, exc)
            return NodeHealth(address=address, ok=False)
        return NodeHealth(
            address=address,
            ok=body.get("status") == "ok",
            fpga_temp_c=body.get("fpga_temp_c"),
            dropped_packets=body.get("dropped_packets"),
        )

    def poll_once(self) -> list[NodeHealth]:
        with ThreadPoolExecutor(max_workers=len(self.NODES)) as pool:
            return list(pool.map(self._probe, self.NODES))

    def run_forever(self) -> None:
        while True:
            for health in self.poll_once():
                if not health.ok:
                    log.error("correlator node %s reports unhealthy", health.address)
            time.sleep(self.INTERVAL_S)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    CorrelatorHealthPoller().run_forever()
