"""Fetches the current hide catalogue from the tannery's trade server.

The tannery runs its trade server behind its own certificate authority; they
sent us the CA certificate, which ops installs at TANNERY_CA_BUNDLE.
"""
import csv
import io
import logging
import os
from dataclasses import dataclass
from pathlib import Path

import requests

log = logging.getLogger(__name__)

TRADE_URL = os.environ.get("TANNERY_TRADE_URL", "https://trade.tannery-rossi.example.it")
CA_BUNDLE = Path(os.environ.get("TANNERY_CA_BUNDLE", "/etc/bellows/certs/tannery-ca.pem"))


@dataclass
class Hide:
    article: str
    skin: str
    finish: str
    thickness_mm: float
    price_per_sqft: float


def _session() -> requests.Session:
    if not CA_BUNDLE.is_file():
        raise RuntimeError(f"tannery CA bundle missing at {CA_BUNDLE}")
    s = requests.Session()
    s.verify = str(CA_BUNDLE)
    s.auth = (os.environ["TANNERY_TRADE_USER"], os.environ["TANNERY_TRADE_PASSWORD"])
    return s


def _parse(text: str) -> list[Hide]:
    reader = csv.DictReader(io.StringIO(text), delimiter=";")
    return [
        Hide(
            article=row["articolo"],
            skin=row["pelle"].lower(),
            finish=row.get("rifinitura", ""),
            thickness_mm=float(row["spessore"].replace(",", ".")),
            price_per_sqft=float(row["prezzo_piede"].replace(",", ".")),
        )
        for row in reader
        if row.get("articolo")
    ]


def fetch_catalogue(max_thickness: float = 1.2) -> list[Hide]:
    with _session() as s:
        resp = s.get(f"{TRADE_URL}/listino/pelli.csv", timeout=30)
        resp.raise_for_status()
    hides = [h for h in _parse(resp.text) if h.thickness_mm <= max_thickness]
    log.info("tannery catalogue: %d hides up to %.1f mm", len(hides), max_thickness)
    return hides
