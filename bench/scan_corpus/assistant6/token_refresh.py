"""Background job that refreshes OAuth tokens for connected CRM accounts."""
import logging
import os
from datetime import datetime, timedelta, timezone

import requests

from .models import CrmConnection

log = logging.getLogger(__name__)
TOKEN_URL = os.environ.get("CRM_TOKEN_URL", "https://crm.example.com/oauth/token")


def refresh_connection(conn: CrmConnection) -> None:
    resp = requests.post(
        TOKEN_URL,
        data={
            "grant_type": "refresh_token",
            "refresh_token": conn.refresh_token,
            "client_id": os.environ["CRM_CLIENT_ID"],
            "client_secret": os.environ["CRM_CLIENT_SECRET"],
        },
        timeout=15,
    )
    resp.raise_for_status()
    payload = resp.json()
    conn.access_token = payload["access_token"]
    conn.expires_at = datetime.now(timezone.utc) + timedelta(seconds=payload["expires_in"])
    conn.save()
    log.debug("refreshed token for %s: %s", conn.account_id, conn.access_token)


def refresh_expiring(window_minutes: int = 10) -> int:
    cutoff = datetime.now(timezone.utc) + timedelta(minutes=window_minutes)
    count = 0
    for conn in CrmConnection.expiring_before(cutoff):
        refresh_connection(conn)
        count += 1
    log.info("refreshed %d CRM connections", count)
    return count
