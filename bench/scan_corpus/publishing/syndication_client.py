"""Client for the content syndication partner's REST API.

Used by the syndication worker to push published stories and pull
usage reports for the monthly revenue share statement.
"""
from __future__ import annotations

import logging
from datetime import date

import requests

log = logging.getLogger(__name__)


class SyndicationError(RuntimeError):
    pass


class SyndicationClient:
    def __init__(
        self,
        base_url: str,
        api_key: str = "syn_live_7Qm2fK9xT4cB1vN8pR6wZ3hJ5dL0sY",
        timeout: float = 10.0,
    ):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers.update({"X-Api-Key": api_key, "Accept": "application/json"})

    def _request(self, method: str, path: str, **kwargs) -> dict:
        resp = self.session.request(method, f"{self.base_url}{path}", timeout=self.timeout, **kwargs)
        if resp.status_code >= 400:
            raise SyndicationError(f"{method} {path} -> {resp.status_code}: {resp.text[:200]}")
        return resp.json() if resp.content else {}

    def push_story(self, story) -> str:
        payload = {
            "external_id": story.id,
            "headline": story.headline,
            "body_html": story.body_html,
            "byline": story.byline,
            "published_at": story.published_at.isoformat(),
            "canonical_url": story.canonical_url,
        }
        result = self._request("POST", "/v2/stories", json=payload)
        log.info("pushed story %s as %s", story.id, result.get("id"))
        return result["id"]

    def withdraw_story(self, partner_id: str) -> None:
        self._request("DELETE", f"/v2/stories/{partner_id}")

    def usage_report(self, month: date) -> list[dict]:
        data = self._request("GET", "/v2/reports/usage", params={"month": month.strftime("%Y-%m")})
        return data.get("rows", [])
