"""Notify customers on a main segment about a planned shut-off."""
import logging
import os
from datetime import datetime
from urllib.parse import urlparse

import requests

log = logging.getLogger(__name__)

STATUS_PAGE = os.environ.get("OUTAGE_STATUS_PAGE", "https://status.example-water.org/outages")


def _gateway_url() -> str:
    url = os.environ["OUTAGE_NOTIFY_URL"]
    if urlparse(url).scheme != "https":
        raise RuntimeError("OUTAGE_NOTIFY_URL must use https")
    return url


def build_body(segment: str, starts: datetime, hours: int) -> str:
    return (
        f"Planned water shut-off for {segment} on {starts:%b %d} from {starts:%H:%M} "
        f"for about {hours}h. Details: {STATUS_PAGE}"
    )


def notify(phone_numbers: list[str], segment: str, starts: datetime, hours: int) -> int:
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {os.environ['OUTAGE_NOTIFY_TOKEN']}"
    url = _gateway_url()
    body = build_body(segment, starts, hours)
    sent = 0
    for number in phone_numbers:
        resp = session.post(url, json={"to": number, "body": body}, timeout=10)
        if resp.ok:
            sent += 1
        else:
            log.warning("notify failed for segment %s: HTTP %s", segment, resp.status_code)
    return sent
