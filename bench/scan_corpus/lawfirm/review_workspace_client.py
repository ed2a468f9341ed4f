"""Thin client for the review platform's workspace and saved-search API."""
import os
from typing import Any, Iterator

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry


class ReviewWorkspaceClient:
    def __init__(self, base_url: str, token: str, ca_bundle: str | None = None) -> None:
        self.base_url = base_url.rstrip("/")
        self.session = requests.Session()
        self.session.headers.update({"Authorization": f"Bearer {token}", "Accept": "application/json"})
        # The platform is hosted behind the firm's private CA in some regions.
        self.session.verify = ca_bundle or True
        retry = Retry(total=4, backoff_factor=0.5, status_forcelist=(502, 503, 504))
        self.session.mount("https://", HTTPAdapter(max_retries=retry))

    @classmethod
    def from_env(cls) -> "ReviewWorkspaceClient":
        return cls(
            os.environ["REVIEW_PLATFORM_URL"],
            os.environ["REVIEW_PLATFORM_TOKEN"],
            ca_bundle=os.environ.get("REVIEW_PLATFORM_CA_BUNDLE"),
        )

    def _get(self, path: str, **params: Any) -> dict:
        resp = self.session.get(f"{self.base_url}{path}", params=params, timeout=30)
        resp.raise_for_status()
        return resp.json()

    def workspaces_for_matter(self, matter_number: str) -> list[dict]:
        return self._get("/workspaces", matter=matter_number)["items"]

    def saved_search_documents(self, workspace_id: str, search_id: str) -> Iterator[dict]:
        cursor = None
        while True:
            page = self._get(
                f"/workspaces/{workspace_id}/searches/{search_id}/documents",
                cursor=cursor,
                page_size=500,
            )
            yield from page["items"]
            cursor = page.get("next_cursor")
            if not cursor:
                break
