"""Nightly sync of service records from the hoist vendor's fleet API.

The vendor keeps brake test and load test results for every rented or
owned motor; we pull anything updated since the last sync into the
inspection log.
"""
import logging
import os
from datetime import datetime, timedelta, timezone

import requests

log = logging.getLogger("highline.vendor_sync")

VENDOR_API = os.environ.get("HOIST_VENDOR_API", "https://fleet.liftline-hoists.com/api/v1")


class VendorFleetClient:
    def __init__(self, base_url: str = VENDOR_API, api_key: str | None = None):
        self.base_url = base_url.rstrip("/")
        self.session = requests.Session()
        self.session.headers["X-API-Key"] = api_key or os.environ["HOIST_VENDOR_API_KEY"]

    def service_records(self, since: datetime):
        url = f"{self.base_url}/service-records"
        params = {"updated_since": since.isoformat(), "page": 1}
        while True:
            resp = self.session.get(url, params=params, timeout=30)
            resp.raise_for_status()
            data = resp.json()
            yield from data["records"]
            if not data.get("next_page"):
                break
            params["page"] = data["next_page"]


def sync(conn, client: VendorFleetClient | None = None) -> int:
    client = client or VendorFleetClient()
    row = conn.execute("SELECT max(synced_at) FROM vendor_sync_runs").fetchone()
    since = row[0] or datetime.now(timezone.utc) - timedelta(days=30)
    count = 0
    for rec in client.service_records(since):
        conn.execute(
            "INSERT INTO inspection_log (item_serial, kind, result, performed_on, source) "
            "VALUES (?, ?, ?, ?, 'vendor') ON CONFLICT (item_serial, kind, performed_on) DO NOTHING",
            (rec["serial"], rec["test_type"], rec["result"], rec["performed_on"]),
        )
        count += 1
    conn.execute("INSERT INTO vendor_sync_runs (synced_at, records) VALUES (?, ?)",
                 (datetime.now(timezone.utc), count))
    conn.commit()
    log.info("vendor sync pulled %d service records since %s", count, since)
    return count
