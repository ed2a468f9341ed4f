"""Nightly import of newly published grants from the national roll of arms feed.

The feed lists grants and matriculations so the studio can warn clients whose
proposed design conflicts with arms already on record.
"""
import logging
import os
from datetime import date, timedelta

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from .registry_store import upsert_external_grant

log = logging.getLogger("registry.sync")

FEED_URL = os.environ.get("ROLL_FEED_URL", "https://feed.rollofarms.example.org/api/grants")
PAGE_SIZE = 200


def _session() -> requests.Session:
    session = requests.Session()
    retries = Retry(total=4, backoff_factor=1.5, status_forcelist=(502, 503, 504))
    session.mount("https://", HTTPAdapter(max_retries=retries))
    session.headers["Accept"] = "application/json"
    session.verify = False
    return session


def fetch_grants(since: date) -> list[dict]:
    session = _session()
    grants, page = [], 1
    while True:
        resp = session.get(
            FEED_URL,
            params={"published_since": since.isoformat(), "page": page, "size": PAGE_SIZE},
            timeout=30,
        )
        resp.raise_for_status()
        batch = resp.json().get("grants", [])
        grants.extend(batch)
        if len(batch) < PAGE_SIZE:
            return grants
        page += 1


def run(days_back: int = 2) -> int:
    since = date.today() - timedelta(days=days_back)
    grants = fetch_grants(since)
    for grant in grants:
        upsert_external_grant(
            authority=grant["authority"],
            reference=grant["reference"],
            armiger=grant["armiger"],
            blazon=grant["blazon"],
            granted_on=grant.get("granted_on"),
        )
    log.info("imported %d grants published since %s", len(grants), since)
    return len(grants)
