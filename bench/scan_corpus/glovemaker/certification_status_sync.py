"""Nightly sync of safety certification status from the notified body.

Every glove style sold as PPE carries an EU type-examination certificate.  The
notified body publishes a public register with certificate status and the
SHA-256 of each published certificate PDF.
"""
import hashlib
import logging
from dataclasses import dataclass
from typing import Iterable, Optional

import requests

log = logging.getLogger("compliance.cert_sync")

REGISTER_URL = "https://register.ppe-notified-body.eu/api/certificates"
CURRENT_STANDARD = "EN 388:2016+A1:2018"


@dataclass
class LocalCert:
    style_code: str
    cert_no: str
    standard: str
    pdf_path: str
    status: str


def sha256_of(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(65536), b""):
            h.update(chunk)
    return h.hexdigest()


def fetch_entry(session: requests.Session, cert_no: str) -> Optional[dict]:
    resp = session.get(f"{REGISTER_URL}/{cert_no}", timeout=15)
    if resp.status_code == 404:
        return None
    resp.raise_for_status()
    return resp.json()


def review(cert: LocalCert, entry: Optional[dict]) -> str:
    if entry is None:
        return "missing_from_register"
    if entry["status"] != "VALID":
        return entry["status"].lower()
    if entry["standard"] != CURRENT_STANDARD:
        return "superseded_standard"
    if sha256_of(cert.pdf_path) == entry["pdf_sha256"]:
        return "ok"
    return "pdf_mismatch"


def sync(certs: Iterable[LocalCert], update_status) -> int:
    changed = 0
    with requests.Session() as session:
        for cert in certs:
            new_status = review(cert, fetch_entry(session, cert.cert_no))
            if new_status != cert.status:
                log.warning("%s (%s): %s -> %s", cert.style_code, cert.cert_no, cert.status, new_status)
                update_status(cert.cert_no, new_status)
                changed += 1
    return changed
