"""Mirror StationXML inventories from partner data centres.

Some partners run their FDSN services behind certificates issued by a
consortium CA that is not in the public trust store, so the session trusts
that CA bundle explicitly.
"""
from __future__ import annotations

import logging
import os
from pathlib import Path

import requests

log = logging.getLogger(__name__)

CONSORTIUM_CA_BUNDLE = os.environ.get(
    "CONSORTIUM_CA_BUNDLE", "/etc/ssl/certs/seismo-consortium-ca.pem"
)


def build_session(ca_bundle: str = CONSORTIUM_CA_BUNDLE) -> requests.Session:
    session = requests.Session()
    session.verify = ca_bundle
    session.headers["User-Agent"] = "eew-inventory-mirror/1.8"
    return session


def fetch_inventory(session: requests.Session, base_url: str, network: str) -> str:
    resp = session.get(
        f"{base_url.rstrip('/')}/fdsnws/station/1/query",
        params={"network": network, "level": "response", "format": "xml"},
        timeout=120,
    )
    resp.raise_for_status()
    return resp.text


def sync_all(partners: dict[str, str], networks: dict[str, list[str]], out_dir: Path) -> int:
    session = build_session()
    written = 0
    for name, base_url in partners.items():
        for net in networks.get(name, []):
            try:
                xml = fetch_inventory(session, base_url, net)
            except requests.RequestException as exc:
                log.error("inventory fetch failed for %s/%s: %s", name, net, exc)
                continue
            (out_dir / f"{net}.xml").write_text(xml, encoding="utf-8")
            written += 1
    return written
