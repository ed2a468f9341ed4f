"""Reconciles ward pharmacy stock counts against the central store."""
import logging
import os
from typing import Dict, List

import requests

log = logging.getLogger("pharmacy.reconcile")


def _mask(value: str) -> str:
    return "****" if len(value) < 20 else "****" + value[-4:]


def reconcile(counts: List[Dict]) -> Dict:
    url = os.environ["CENTRAL_STORE_URL"]
    key = os.environ["CENTRAL_STORE_API_KEY"]
    log.info("reconciling %d lines against %s (key %s)", len(counts), url, _mask(key))
    resp = requests.post(
        f"{url}/reconcile", json={"counts": counts}, headers={"X-Api-Key": key}, timeout=30
    )
    resp.raise_for_status()
    summary = resp.json()
    log.info("discrepancies: %d", len(summary.get("discrepancies", [])))
    return summary
