"""Polls the line edge gateways for counter snapshots.

Gateway addresses come from the plant inventory (``RW_GATEWAYS``, a
comma-separated list of host:port).  Only addresses inside the OT
network are accepted so a typo cannot send traffic to the office LAN.
"""
import ipaddress
import logging
import os
import socket
import time

import requests

log = logging.getLogger(__name__)

OT_NETWORK = ipaddress.ip_network("10.40.0.0/16")
POLL_INTERVAL = 30


def configured_gateways() -> list[tuple[str, int]]:
    raw = os.environ["RW_GATEWAYS"]
    gateways = []
    for entry in filter(None, (item.strip() for item in raw.split(","))):
        host, _, port = entry.rpartition(":")
        address = ipaddress.ip_address(socket.gethostbyname(host))
        if address not in OT_NETWORK:
            raise ValueError(f"gateway {host} resolves outside the OT network")
        gateways.append((host, int(port)))
    return gateways


def poll_once(session: requests.Session, gateways: list[tuple[str, int]]) -> list[dict]:
    snapshots = []
    for host, port in gateways:
        try:
            resp = session.get(f"https://{host}:{port}/api/counters", timeout=5)
            resp.raise_for_status()
        except requests.RequestException as exc:
            log.warning("gateway %s:%s unreachable: %s", host, port, exc)
            continue
        snapshots.append({"gateway": host, **resp.json()})
    return snapshots


def run() -> None:
    gateways = configured_gateways()
    session = requests.Session()
    session.verify = os.environ.get("RW_GATEWAY_CA", "/etc/ropeworks/ot-ca.pem")
    while True:
        for snap in poll_once(session, gateways):
            log.info("gateway %s: %s counters", snap["gateway"], len(snap) - 1)
        time.sleep(POLL_INTERVAL)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run()
