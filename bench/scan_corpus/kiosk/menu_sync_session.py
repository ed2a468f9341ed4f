"""HTTP session used by the menu/price sync job.

Regional menu services present certificates issued by the franchise's private
CA, which is not in the OS trust store on the kiosk image, so the session is
pinned to the CA bundle that ships with the agent.
"""
from __future__ import annotations

import logging
from pathlib import Path

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger("kiosk.menu_sync")

FRANCHISE_CA_BUNDLE = Path("/opt/kiosk-agent/pki/franchise-root-ca.pem")
USER_AGENT = "kiosk-agent/menu-sync"


def build_session(ca_bundle: Path = FRANCHISE_CA_BUNDLE) -> requests.Session:
    if not ca_bundle.is_file():
        raise FileNotFoundError(f"CA bundle missing: {ca_bundle}")
    session = requests.Session()
    session.verify = str(ca_bundle)
    session.headers["User-Agent"] = USER_AGENT
    retries = Retry(total=4, backoff_factor=1.0, status_forcelist=(502, 503, 504))
    session.mount("https://", HTTPAdapter(max_retries=retries))
    return session


def pull_menu(session: requests.Session, base_url: str, store_id: str, etag: str | None = None):
    headers = {"If-None-Match": etag} if etag else {}
    resp = session.get(f"{base_url.rstrip('/')}/stores/{store_id}/menu", headers=headers, timeout=20)
    if resp.status_code == 304:
        return None, etag
    resp.raise_for_status()
    log.info("fetched menu for store %s", store_id)
    return resp.json(), resp.headers.get("ETag")
