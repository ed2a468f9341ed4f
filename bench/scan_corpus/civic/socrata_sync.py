"""Sync job that publishes our cleaned datasets to the city's Socrata site.

Credentials for the publishing account and the app token are provided via
the job's environment (populated from Vault by the scheduler).
"""
import csv
import io
import logging
import os

import requests

log = logging.getLogger(__name__)

DOMAIN = os.environ["SOCRATA_DOMAIN"]
APP_TOKEN = os.environ["SOCRATA_APP_TOKEN"]
APP_TOKEN_HEADER = "X-App-Token"
PUBLISHER_USER = os.environ["SOCRATA_USERNAME"]
PUBLISHER_PASSWORD = os.environ["SOCRATA_PASSWORD"]
BATCH_SIZE = 5000


def _session() -> requests.Session:
    s = requests.Session()
    s.auth = (PUBLISHER_USER, PUBLISHER_PASSWORD)
    s.headers.update({APP_TOKEN_HEADER: APP_TOKEN, "Content-Type": "application/json"})
    return s


def _batches(rows: list[dict]):
    for i in range(0, len(rows), BATCH_SIZE):
        yield rows[i:i + BATCH_SIZE]


def upsert_dataset(dataset_id: str, csv_text: str) -> int:
    rows = list(csv.DictReader(io.StringIO(csv_text)))
    session = _session()
    url = f"https://{DOMAIN}/resource/{dataset_id}.json"
    written = 0
    for batch in _batches(rows):
        resp = session.post(url, json=batch, timeout=120)
        resp.raise_for_status()
        written += resp.json().get("Rows Updated", 0) + resp.json().get("Rows Created", 0)
    log.info("dataset %s: %d rows upserted", dataset_id, written)
    return written
