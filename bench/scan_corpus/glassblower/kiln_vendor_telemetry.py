"""Uploads firing curves to the kiln manufacturer's warranty telemetry API."""

import logging
import os
from datetime import date

import requests

from hotshop.kilns import firing_curves_for_day

logger = logging.getLogger(__name__)

VENDOR_API = os.environ["KILN_VENDOR_API_URL"].rstrip("/")


def _vendor_session() -> requests.Session:
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {os.environ['KILN_VENDOR_TOKEN']}"
    session.headers["User-Agent"] = "hotshop-telemetry/1.4"
    return session


def _curve_payload(curve) -> dict:
    return {
        "serial": curve.kiln_serial,
        "program": curve.program_name,
        "started_at": curve.started_at.isoformat(),
        "points": [{"t": p.offset_s, "c": p.celsius} for p in curve.points],
        "element_hours": curve.element_hours,
    }


def upload_day(day: date) -> int:
    session = _vendor_session()
    sent = 0
    for curve in firing_curves_for_day(day):
        response = session.post(f"{VENDOR_API}/curves", json=_curve_payload(curve), timeout=30)
        if response.status_code == 409:
            continue
        response.raise_for_status()
        sent += 1
    logger.info("uploaded %d firing curves for %s", sent, day)
    return sent


if __name__ == "__main__":
    upload_day(date.today())
