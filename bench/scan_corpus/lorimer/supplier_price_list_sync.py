"""Nightly sync of raw-material prices from the steel and brass suppliers.

Suppliers publish a CSV price list with a SHA-256 checksum file next to it.
The job skips the import when nothing has changed since the last run.
"""
import csv
import hashlib
import io
import json
import logging
from dataclasses import dataclass
from pathlib import Path

import httpx

log = logging.getLogger("lorimer.purchasing.prices")
STATE_FILE = Path("/var/lib/lorimer/price_sync_state.json")
SCHEMA_VERSION = "3"


@dataclass
class Supplier:
    code: str
    list_url: str
    checksum_url: str


SUPPLIERS = [
    Supplier("sheff-steel", "https://trade.sheffieldsteelstock.example/prices.csv",
             "https://trade.sheffieldsteelstock.example/prices.csv.sha256"),
    Supplier("wals-brass", "https://walsallbrass.example/export/prices.csv",
             "https://walsallbrass.example/export/prices.csv.sha256"),
]


def load_state() -> dict:
    return json.loads(STATE_FILE.read_text()) if STATE_FILE.exists() else {}


def sync(client: httpx.Client, supplier: Supplier, state: dict, save_rows) -> None:
    body = client.get(supplier.list_url).raise_for_status().content
    published = client.get(supplier.checksum_url).raise_for_status().text.split()[0]
    actual = hashlib.sha256(body).hexdigest()
    if actual != published:
        log.error("%s price list checksum mismatch, skipping", supplier.code)
        return
    previous = state.get(supplier.code, {})
    if previous.get("sha256") == actual and previous.get("schema") == SCHEMA_VERSION:
        log.info("%s price list unchanged", supplier.code)
        return
    rows = list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"))))
    save_rows(supplier.code, rows)
    state[supplier.code] = {"sha256": actual, "schema": SCHEMA_VERSION, "rows": len(rows)}
    log.info("%s: imported %d prices", supplier.code, len(rows))


def run(save_rows) -> None:
    state = load_state()
    with httpx.Client(timeout=30) as client:
        for supplier in SUPPLIERS:
            sync(client, supplier, state, save_rows)
    STATE_FILE.write_text(json.dumps(state, indent=2))
