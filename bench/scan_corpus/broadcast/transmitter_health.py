"""Polls the web API of the FM/DAB transmitters and exports readings to Prometheus."""
from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass, field

import requests
import yaml
from prometheus_client import Gauge, start_http_server

log = logging.getLogger("tx_health")

FORWARD_POWER = Gauge("tx_forward_power_watts", "Forward power", ["site", "tx"])
REFLECTED_POWER = Gauge("tx_reflected_power_watts", "Reflected power", ["site", "tx"])
VSWR = Gauge("tx_vswr", "Voltage standing wave ratio", ["site", "tx"])
ON_AIR = Gauge("tx_on_air", "1 when the transmitter reports on-air", ["site", "tx"])


@dataclass
class TransmitterSite:
    name: str
    base_url: str
    transmitters: list[str] = field(default_factory=list)


class TransmitterPoller:
    def __init__(self, sites, username, password, ca_bundle=False, timeout=4.0):
        self.sites = sites
        self.timeout = timeout
        self.session = requests.Session()
        self.session.auth = (username, password)
        self.session.verify = ca_bundle
        self.session.headers["Accept"] = "application/json"

    def poll_site(self, site: TransmitterSite) -> None:
        for tx in site.transmitters:
            url = f"{site.base_url.rstrip('/')}/api/v1/transmitters/{tx}/status"
            try:
                resp = self.session.get(url, timeout=self.timeout)
                resp.raise_for_status()
            except requests.RequestException as exc:
                log.warning("poll failed for %s/%s: %s", site.name, tx, exc)
                ON_AIR.labels(site.name, tx).set(0)
                continue
            data = resp.json()
            FORWARD_POWER.labels(site.name, tx).set(data["forward_power_w"])
            REFLECTED_POWER.labels(site.name, tx).set(data["reflected_power_w"])
            VSWR.labels(site.name, tx).set(data.get("vswr", 0.0))
            ON_AIR.labels(site.name, tx).set(1 if data.get("on_air") else 0)

    def run_forever(self, interval: float = 15.0) -> None:
        while True:
            for site in self.sites:
                self.poll_site(site)
            time.sleep(interval)


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    with open(os.environ.get("TX_SITES_FILE", "/etc/tx-health/sites.yaml")) as fh:
        cfg = yaml.safe_load(fh)
    sites = [TransmitterSite(**s) for s in cfg["sites"]]
    poller = TransmitterPoller(
        sites,
        username=os.environ["TX_API_USER"],
        password=os.environ["TX_API_PASSWORD"],
    )
    start_http_server(int(os.environ.get("TX_HEALTH_PORT", "9105")))
    poller.run_forever(cfg.get("interval", 15.0))


if __name__ == "__main__":
    main()
