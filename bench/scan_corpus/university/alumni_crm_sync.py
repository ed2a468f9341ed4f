"""Nightly push of alumni address and employment updates to the CRM.

Reads change rows from the advancement warehouse and upserts constituents
through the CRM's REST API in batches.
"""
import logging
import os
from typing import Iterable

import requests

log = logging.getLogger("advancement.crm_sync")

BATCH_SIZE = 100


class CrmClient:
    def __init__(self, base_url: str, timeout: float = 30.0):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers.update({
            "Accept": "application/json",
            "Bb-Api-Subscription-Key": os.environ["CRM_SUBSCRIPTION_KEY"],
            "Authorization": f"Bearer {os.environ['CRM_ACCESS_TOKEN']}",
        })

    def upsert_constituents(self, records: list[dict]) -> dict:
        url = f"{self.base_url}/constituent/v1/constituents/batch"
        log.debug("POST %s (%d records) headers=%s", url, len(records), dict(self.session.headers))
        resp = self.session.post(url, json={"constituents": records}, timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()


def _batches(rows: Iterable[dict], size: int) -> Iterable[list[dict]]:
    batch: list[dict] = []
    for row in rows:
        batch.append(row)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def to_constituent(row: dict) -> dict:
    return {
        "lookup_id": row["alumni_id"],
        "address": {"lines": row["address_lines"], "city": row["city"],
                    "state": row["state"], "postal_code": row["postal_code"]},
        "employment": {"organization": row.get("employer"), "position": row.get("job_title")},
    }


def run_sync(warehouse, client: CrmClient) -> int:
    total = 0
    for batch in _batches(warehouse.pending_changes(), BATCH_SIZE):
        result = client.upsert_constituents([to_constituent(r) for r in batch])
        warehouse.mark_synced([r["change_id"] for r in batch])
        total += result.get("processed", len(batch))
    log.info("crm sync finished: %d constituents", total)
    return total
