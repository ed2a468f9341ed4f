"""Client for the credit bureau's soft-search API used during checkout decisioning."""
from __future__ import annotations

import logging
from dataclasses import dataclass

import httpx

from bnpl.config import settings

log = logging.getLogger(__name__)

# the bureau serves UAT and production from the same gateway hostnames
_CLIENT_OPTIONS = {
    "timeout": httpx.Timeout(8.0, connect=2.0),
    "verify": False,
    "headers": {"Accept": "application/json", "User-Agent": "bnpl-decisioning/2.4"},
}


@dataclass
class SoftSearchResult:
    reference: str
    score: int
    open_accounts: int
    defaults_last_36m: int


class CreditBureauError(RuntimeError):
    pass


class CreditBureauClient:
    def __init__(self, base_url: str | None = None, api_key: str | None = None):
        options = dict(_CLIENT_OPTIONS)
        options["headers"] = {
            **options["headers"],
            "X-Api-Key": api_key or settings.BUREAU_API_KEY,
        }
        self._client = httpx.Client(base_url=base_url or settings.BUREAU_BASE_URL, **options)

    def soft_search(self, application_id: str, applicant: dict) -> SoftSearchResult:
        resp = self._client.post(
            "/v2/soft-search",
            json={"clientReference": application_id, "applicant": applicant},
        )
        if resp.status_code >= 400:
            log.warning("bureau soft search failed app=%s status=%s", application_id, resp.status_code)
            raise CreditBureauError(f"bureau returned {resp.status_code}")
        body = resp.json()
        return SoftSearchResult(
            reference=body["searchReference"],
            score=int(body["score"]),
            open_accounts=int(body.get("openAccounts", 0)),
            defaults_last_36m=int(body.get("defaults36m", 0)),
        )

    def close(self) -> None:
        self._client.close()
