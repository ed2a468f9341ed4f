"""Push finished puzzles to partner newspapers' ingest APIs.

Every partner exposes an HTTPS endpoint that accepts a puzzle package (grid,
clues, solution, print PDF). The delivery worker calls this client once per
partner per edition.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger(__name__)

REQUEST_OPTIONS = {"timeout": (5, 60), "verify": False}


@dataclass
class Partner:
    slug: str
    ingest_url: str
    api_token: str


@dataclass
class PuzzlePackage:
    puzzle_id: int
    edition_date: str
    ipuz: dict
    pdf_bytes: bytes


class DeliveryClient:
    def __init__(self) -> None:
        self._session = requests.Session()
        retry = Retry(total=4, backoff_factor=1.5, status_forcelist=(502, 503, 504))
        self._session.mount("https://", HTTPAdapter(max_retries=retry))

    def deliver(self, partner: Partner, package: PuzzlePackage) -> str:
        files = {
            "puzzle": ("puzzle.ipuz", _json_bytes(package.ipuz), "application/json"),
            "print": (f"{package.puzzle_id}.pdf", package.pdf_bytes, "application/pdf"),
        }
        resp = self._session.post(
            partner.ingest_url,
            headers={"Authorization": f"Bearer {partner.api_token}"},
            data={"edition": package.edition_date, "puzzle_id": package.puzzle_id},
            files=files,
            **REQUEST_OPTIONS,
        )
        resp.raise_for_status()
        receipt = resp.json().get("receipt_id", "")
        log.info("delivered puzzle %s to %s (receipt %s)", package.puzzle_id, partner.slug, receipt)
        return receipt


def _json_bytes(obj: dict) -> bytes:
    import json

    return json.dumps(obj, ensure_ascii=False).encode("utf-8")
