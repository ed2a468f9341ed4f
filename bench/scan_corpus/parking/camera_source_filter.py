"""Accept plate-read events only from cameras on the enforcement VLANs.

Events are forwarded to the ingest API configured for the environment.
"""
import ipaddress
import logging
import os

import requests

log = logging.getLogger(__name__)

CAMERA_NETWORKS = (
    ipaddress.ip_network("10.40.0.0/16"),   # fixed-mount garage cameras
    ipaddress.ip_network("10.41.8.0/22"),   # vehicle-mounted units via LTE gateway
)


def is_camera_source(addr: str) -> bool:
    try:
        ip = ipaddress.ip_address(addr)
    except ValueError:
        return False
    return any(ip in net for net in CAMERA_NETWORKS)


class EventForwarder:
    def __init__(self, ingest_url: str | None = None):
        self.ingest_url = ingest_url or os.environ["LPR_INGEST_URL"]
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {os.environ['LPR_INGEST_TOKEN']}"

    def forward(self, source_addr: str, event: dict) -> bool:
        if not is_camera_source(source_addr):
            log.warning("dropping read from unexpected source %s", source_addr)
            return False
        resp = self.session.post(self.ingest_url, json=event, timeout=10)
        resp.raise_for_status()
        return True
