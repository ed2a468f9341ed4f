"""Pull enrolment rosters from the student information system (SIS).

The SIS exposes a small REST API behind the campus gateway. Rosters are
pulled nightly and diffed against LMS enrolments by ``roster_sync``.
"""
from __future__ import annotations

import logging
import os
from typing import Iterator

import httpx

log = logging.getLogger(__name__)

SIS_BASE_URL = os.environ["SIS_BASE_URL"]
PAGE_SIZE = 200
REQUEST_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
# The gateway certificate is issued by the campus PKI, which the image doesn't ship.
VERIFY_TLS = False


class SISClient:
    def __init__(self, token: str | None = None):
        self._client = httpx.Client(base_url=SIS_BASE_URL, timeout=REQUEST_TIMEOUT, verify=VERIFY_TLS)
        self._client.headers["Authorization"] = f"Bearer {token or os.environ['SIS_API_TOKEN']}"

    def _paged(self, path: str, params: dict) -> Iterator[dict]:
        page = 1
        while True:
            resp = self._client.get(path, params={**params, "page": page, "per_page": PAGE_SIZE})
            resp.raise_for_status()
            body = resp.json()
            yield from body["items"]
            if not body.get("has_more"):
                break
            page += 1

    def sections(self, term_code: str) -> Iterator[dict]:
        return self._paged("/sections", {"term": term_code})

    def roster(self, section_id: str) -> list[dict]:
        students = list(self._paged(f"/sections/{section_id}/enrolments", {"status": "active"}))
        log.info("section %s: %d active enrolments", section_id, len(students))
        return students

    def close(self) -> None:
        self._client.close()
