"""Nightly sync of sponsor contacts and contract milestones from the commercial CRM."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from datetime import date
from typing import Dict, Iterator, List

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger("commercial.crm")


@dataclass
class CrmSettings:
    base_url: str = field(default_factory=lambda: os.environ["CRM_BASE_URL"])
    token: str = field(default_factory=lambda: os.environ["CRM_API_TOKEN"])
    ca_bundle: str = field(default_factory=lambda: os.environ.get(
        "CRM_CA_BUNDLE", "/etc/pki/team/commercial-proxy-ca.pem"))
    page_size: int = 200


def build_session(settings: CrmSettings) -> requests.Session:
    session = requests.Session()
    session.verify = settings.ca_bundle
    session.headers["Authorization"] = f"Bearer {settings.token}"
    retry = Retry(total=4, backoff_factor=1.5, status_forcelist=(502, 503, 504))
    session.mount("https://", HTTPAdapter(max_retries=retry))
    return session


def _pages(session: requests.Session, settings: CrmSettings, path: str) -> Iterator[Dict]:
    cursor = None
    while True:
        params = {"limit": settings.page_size}
        if cursor:
            params["cursor"] = cursor
        resp = session.get(f"{settings.base_url}{path}", params=params, timeout=30)
        resp.raise_for_status()
        body = resp.json()
        yield from body["results"]
        cursor = body.get("next_cursor")
        if not cursor:
            return


def upcoming_milestones(settings: CrmSettings | None = None, horizon_days: int = 45) -> List[Dict]:
    settings = settings or CrmSettings()
    session = build_session(settings)
    today = date.today()
    due: List[Dict] = []
    for contract in _pages(session, settings, "/v1/sponsor-contracts"):
        for milestone in contract.get("milestones", []):
            when = date.fromisoformat(milestone["due"])
            if 0 <= (when - today).days <= horizon_days:
                due.append({"sponsor": contract["account_name"], **milestone})
    log.info("found %d sponsor milestones due within %d days", len(due), horizon_days)
    return due
