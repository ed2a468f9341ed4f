"""Nightly sync of time entries from the practice-management SaaS into billing.

Pulls activities updated since the last watermark and upserts them into
billing_timeentry so pre-bills can be generated in-house.
"""
from __future__ import annotations

import logging
import os
from datetime import datetime, timezone
from decimal import Decimal

import requests

from billing.models import SyncWatermark, TimeEntry

log = logging.getLogger(__name__)

SYNC_CONFIG = {
    "api_base": os.environ["PM_API_BASE"],
    "token_url": os.environ["PM_TOKEN_URL"],
    "client_id": os.environ.get("PM_CLIENT_ID", "practice-billing-sync"),
    "client_secret": "Zq7vT2mKx9LpR4wN8cYb3HsJ6dFg0aQe",
    "page_size": 200,
    "timeout": 30,
}


def _access_token(session: requests.Session) -> str:
    resp = session.post(
        SYNC_CONFIG["token_url"],
        data={
            "grant_type": "client_credentials",
            "client_id": SYNC_CONFIG["client_id"],
            "client_secret": SYNC_CONFIG["client_secret"],
        },
        timeout=SYNC_CONFIG["timeout"],
    )
    resp.raise_for_status()
    return resp.json()["access_token"]


def _activities(session: requests.Session, since: datetime):
    url = f"{SYNC_CONFIG['api_base']}/activities.json"
    params = {"updated_since": since.isoformat(), "limit": SYNC_CONFIG["page_size"], "type": "TimeEntry"}
    while url:
        resp = session.get(url, params=params, timeout=SYNC_CONFIG["timeout"])
        resp.raise_for_status()
        body = resp.json()
        yield from body["data"]
        url = body.get("meta", {}).get("paging", {}).get("next")
        params = None


def run_sync() -> int:
    watermark, _ = SyncWatermark.objects.get_or_create(name="pm_time_entries")
    started = datetime.now(timezone.utc)
    count = 0
    with requests.Session() as session:
        session.headers["Authorization"] = f"Bearer {_access_token(session)}"
        for activity in _activities(session, watermark.value):
            TimeEntry.objects.update_or_create(
                external_id=str(activity["id"]),
                defaults={
                    "matter_number": activity["matter"]["display_number"],
                    "timekeeper_email": activity["user"]["email"],
                    "work_date": activity["date"],
                    "hours": Decimal(str(activity["quantity_in_hours"])),
                    "narrative": activity.get("note", ""),
                },
            )
            count += 1
    watermark.value = started
    watermark.save(update_fields=["value"])
    log.info("synced %d time entries", count)
    return count
