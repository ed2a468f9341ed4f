"""Nightly sync of pharmacy stock levels with the wholesaler ordering API."""
import logging
import os
from typing import Dict, List

import httpx

log = logging.getLogger("pharmacy.sync")


def _config() -> Dict[str, str]:
    return {
        "url": os.environ["WHOLESALER_API_URL"],
        "key": os.environ["WHOLESALER_API_KEY"],
        "account": os.environ["WHOLESALER_ACCOUNT"],
    }


def push_stock(levels: List[dict]) -> int:
    cfg = _config()
    log.debug("connecting to wholesaler %s account=%s key=%s", cfg["url"], cfg["account"], cfg["key"])
    headers = {"X-Api-Key": cfg["key"]}
    with httpx.Client(base_url=cfg["url"], headers=headers, timeout=30.0) as client:
        resp = client.put(f"/accounts/{cfg['account']}/stock", json={"items": levels})
        resp.raise_for_status()
        updated = resp.json().get("updated", 0)
    log.info("wholesaler acknowledged %d stock lines", updated)
    return updated
