"""HTTP session for the claims clearinghouse, which is served from a private
PKI: its certificates chain to the clearinghouse's own root, not a public CA.
The root is shipped in our image and mounted at ``CLEARINGHOUSE_CA_BUNDLE``.
"""
from __future__ import annotations

import os
from pathlib import Path

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

RETRY = Retry(
    total=4,
    backoff_factor=0.8,
    status_forcelist=(429, 502, 503, 504),
    allowed_methods=frozenset({"GET", "POST"}),
)


def _ca_bundle() -> str:
    path = Path(os.environ.get("CLEARINGHOUSE_CA_BUNDLE", "/etc/telehealth/pki/clearinghouse-root.pem"))
    if not path.is_file():
        raise RuntimeError(f"clearinghouse CA bundle missing at {path}")
    return str(path)


def build_session(client_cert: str, client_key: str) -> requests.Session:
    session = requests.Session()
    session.verify = _ca_bundle()
    session.cert = (client_cert, client_key)
    session.headers.update({"User-Agent": "telehealth-claims/2.4", "Accept": "application/json"})
    adapter = HTTPAdapter(max_retries=RETRY, pool_maxsize=8)
    session.mount("https://", adapter)
    return session


def submit_claim_batch(session: requests.Session, base_url: str, x12_payload: str) -> str:
    resp = session.post(
        f"{base_url.rstrip('/')}/v1/claims/batches",
        data=x12_payload.encode("ascii"),
        headers={"Content-Type": "application/EDI-X12"},
        timeout=60,
    )
    resp.raise_for_status()
    return resp.json()["batchId"]
