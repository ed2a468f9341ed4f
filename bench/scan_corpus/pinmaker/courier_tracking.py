"""Fetch tracking events for dispatched orders from the courier's B2B gateway.

The courier's gateway uses certificates from its own private CA, so requests
are verified against the CA bundle they supplied rather than the system store.
"""
import logging
import os
from dataclasses import dataclass
from datetime import datetime

import requests

log = logging.getLogger("pinmaker.tracking")

GATEWAY = os.environ.get("COURIER_GATEWAY_URL", "https://b2b.courierco.example/track")
COURIER_CA_BUNDLE = os.environ.get("COURIER_CA_BUNDLE", "/etc/pinmaker/certs/courierco-ca.pem")
FINAL_STATES = {"DELIVERED", "RETURNED_TO_SENDER"}


@dataclass
class TrackingEvent:
    tracking_no: str
    status: str
    location: str
    at: datetime


def _session() -> requests.Session:
    s = requests.Session()
    s.verify = COURIER_CA_BUNDLE
    s.cert = (os.environ["COURIER_CLIENT_CERT"], os.environ["COURIER_CLIENT_KEY"])
    return s


def events_for(tracking_no: str, session: requests.Session | None = None) -> list[TrackingEvent]:
    s = session or _session()
    resp = s.get(f"{GATEWAY}/{tracking_no}/events", timeout=15)
    resp.raise_for_status()
    return [
        TrackingEvent(tracking_no, e["status"], e.get("location", ""),
                      datetime.fromisoformat(e["timestamp"]))
        for e in resp.json().get("events", [])
    ]


def refresh_open_shipments(tracking_numbers: list[str]) -> dict[str, str]:
    s = _session()
    latest: dict[str, str] = {}
    for number in tracking_numbers:
        try:
            events = events_for(number, s)
        except requests.RequestException as exc:
            log.warning("tracking %s unavailable: %s", number, exc)
            continue
        if events:
            latest[number] = events[-1].status
            if events[-1].status in FINAL_STATES:
                log.info("shipment %s closed with %s", number, events[-1].status)
    return latest
