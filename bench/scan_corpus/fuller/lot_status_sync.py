"""Nightly job mirroring lot status from the mill ERP into the finishing database.

Only lots whose ERP revision moved on since the last run are rewritten,
so the raising and cropping schedules are not disturbed needlessly.
"""
import logging
import os
from dataclasses import dataclass
from typing import Dict, Iterable, List

import httpx

log = logging.getLogger("fuller.lot_sync")

ERP_BASE_URL = os.environ.get("ERP_BASE_URL", "https://erp.fuller-mill.local/api")
FINISHED_STATES = {"pressed", "inspected", "packed", "dispatched"}


@dataclass
class LocalLot:
    lot_no: str
    status: str
    revision: int


def fetch_remote_lots(since: str) -> List[dict]:
    headers = {"Authorization": f"Bearer {os.environ['ERP_API_TOKEN']}"}
    with httpx.Client(base_url=ERP_BASE_URL, headers=headers, timeout=30.0) as client:
        resp = client.get("/lots", params={"changed_since": since})
        resp.raise_for_status()
        return resp.json()["lots"]


def changed_lots(local: Dict[str, LocalLot], remote: Iterable[dict]) -> List[dict]:
    updates = []
    for item in remote:
        current = local.get(item["lot_no"])
        if current is None:
            updates.append(item)
            continue
        if item["revision"] == current.revision and item["status"] == current.status:
            continue
        if current.status in FINISHED_STATES and item["status"] != "dispatched":
            log.info("lot %s already %s locally, ignoring ERP status %s",
                     current.lot_no, current.status, item["status"])
            continue
        updates.append(item)
    return updates


def run(repo, since: str) -> int:
    local = {lot.lot_no: lot for lot in repo.all_open_lots()}
    updates = changed_lots(local, fetch_remote_lots(since))
    for item in updates:
        repo.upsert_lot(item["lot_no"], item["status"], item["revision"])
    log.info("lot sync: %d of %d lots updated", len(updates), len(local))
    return len(updates)
