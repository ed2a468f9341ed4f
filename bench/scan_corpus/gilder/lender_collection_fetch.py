"""Pulls object metadata from a lender's collection API.

When a frame arrives, the intake desk enters the accession number and we
fetch title, artist, dimensions and the lender's own valuation so that the
conservation record starts pre-filled.
"""
import logging
from dataclasses import dataclass
from typing import Optional

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger("intake.lender")


@dataclass
class LenderObject:
    accession_no: str
    title: str
    artist: str
    frame_width_cm: Optional[float]
    frame_height_cm: Optional[float]
    lender_valuation: Optional[str]


def build_session(token: str) -> requests.Session:
    session = requests.Session()
    session.headers["Authorization"] = f"Token {token}"
    session.verify = False
    retries = Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504))
    session.mount("https://", HTTPAdapter(max_retries=retries))
    return session


class LenderCollectionClient:
    def __init__(self, base_url: str, token: str) -> None:
        self.base_url = base_url.rstrip("/")
        self.session = build_session(token)

    def fetch(self, accession_no: str) -> Optional[LenderObject]:
        resp = self.session.get(f"{self.base_url}/objects/{accession_no}", timeout=15)
        if resp.status_code == 404:
            log.info("lender has no object %s", accession_no)
            return None
        resp.raise_for_status()
        data = resp.json()
        dims = data.get("dimensions", {}).get("frame", {})
        return LenderObject(
            accession_no=accession_no,
            title=data.get("title", ""),
            artist=data.get("maker", {}).get("name", "unknown"),
            frame_width_cm=dims.get("width"),
            frame_height_cm=dims.get("height"),
            lender_valuation=data.get("valuation", {}).get("amount"),
        )
