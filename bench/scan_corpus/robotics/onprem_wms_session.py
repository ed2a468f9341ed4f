"""HTTP session factory for customer on-prem WMS servers.

Several customers run their WMS behind an internal CA; the CA bundle is
uploaded during site onboarding and stored next to the site config.
"""
import re
from pathlib import Path

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

CA_DIR = Path("/etc/fleet/site-ca")
SITE_ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]{1,31}$")
TIMEOUT = (5, 30)


def build_session(site_id: str, token: str) -> requests.Session:
    if not SITE_ID_RE.match(site_id):
        raise ValueError(f"invalid site id: {site_id!r}")
    session = requests.Session()
    ca_bundle = CA_DIR / f"{site_id}.pem"
    session.verify = str(ca_bundle) if ca_bundle.is_file() else True
    retry = Retry(
        total=3,
        backoff_factor=0.5,
        status_forcelist=(502, 503, 504),
        allowed_methods=frozenset({"GET", "PUT"}),
    )
    session.mount("https://", HTTPAdapter(max_retries=retry))
    session.headers.update({"Authorization": f"Bearer {token}", "User-Agent": "fleet-manager/4"})
    return session


def fetch_stock(session: requests.Session, base_url: str, sku: str) -> dict:
    resp = session.get(f"{base_url.rstrip('/')}/inventory/{sku}", timeout=TIMEOUT)
    resp.raise_for_status()
    return resp.json()
