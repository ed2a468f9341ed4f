"""Sync open work orders from the MRO system into the line maintenance planner.

Runs as a cron job every 10 minutes. Authenticates with the MRO system's
OAuth2 client-credentials endpoint, then pages through changed work orders.
"""
import logging
import os
from datetime import datetime, timedelta, timezone

import requests

from .planner import upsert_work_orders

log = logging.getLogger("mro_sync")

MRO_BASE_URL = os.environ["MRO_BASE_URL"].rstrip("/")
TOKEN_URL = os.environ["MRO_TOKEN_URL"]
PAGE_SIZE = 200


def _access_token(session: requests.Session) -> str:
    resp = session.post(
        TOKEN_URL,
        data={"grant_type": "client_credentials", "scope": "workorders.read"},
        auth=(os.environ["MRO_CLIENT_ID"], os.environ["MRO_CLIENT_SECRET"]),
        timeout=10,
    )
    resp.raise_for_status()
    return resp.json()["access_token"]


def _changed_since(session: requests.Session, headers: dict, since: datetime):
    page = 0
    while True:
        resp = session.get(
            f"{MRO_BASE_URL}/api/workorders",
            params={"modifiedSince": since.isoformat(), "page": page, "size": PAGE_SIZE},
            headers=headers,
            timeout=30,
        )
        resp.raise_for_status()
        batch = resp.json()["items"]
        yield from batch
        if len(batch) < PAGE_SIZE:
            return
        page += 1


def run(window_minutes: int = 15) -> int:
    session = requests.Session()
    headers = {
        "Authorization": f"Bearer {_access_token(session)}",
        "Accept": "application/json",
        "X-Client": "line-planner-sync",
    }
    log.debug("requesting work orders with headers %s", headers)
    since = datetime.now(timezone.utc) - timedelta(minutes=window_minutes)
    orders = list(_changed_since(session, headers, since))
    upsert_work_orders(orders)
    log.info("synced %d work orders changed since %s", len(orders), since.isoformat())
    return len(orders)
