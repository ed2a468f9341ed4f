"""Client for the background-check vendor's REST API."""

import os
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry


class BackgroundCheckError(RuntimeError):
    pass


class BackgroundCheckClient:
    def __init__(self, base_url: str | None = None, api_key: str | None = None, timeout: float = 15.0):
        self.base_url = (base_url or os.environ["BGCHECK_API_URL"]).rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers.update(
            {
                "Authorization": f"Bearer {api_key or os.environ['BGCHECK_API_KEY']}",
                "Accept": "application/json",
            }
        )
        retry = Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504), allowed_methods=("GET",))
        self.session.mount("https://", HTTPAdapter(max_retries=retry))

    def _request(self, method: str, path: str, **kwargs: Any) -> dict:
        resp = self.session.request(method, f"{self.base_url}{path}", timeout=self.timeout, **kwargs)
        if resp.status_code >= 400:
            raise BackgroundCheckError(f"{method} {path} failed with HTTP {resp.status_code}")
        return resp.json()

    def create_invitation(self, candidate: dict, package: str) -> dict:
        body = {
            "package": package,
            "candidate": {
                "first_name": candidate["first_name"],
                "last_name": candidate["last_name"],
                "email": candidate["email"],
            },
            "work_locations": [{"country": candidate.get("country", "US")}],
        }
        return self._request("POST", "/v1/invitations", json=body)

    def get_report(self, report_id: str) -> dict:
        return self._request("GET", f"/v1/reports/{report_id}")

    def cancel_invitation(self, invitation_id: str) -> dict:
        return self._request("POST", f"/v1/invitations/{invitation_id}/cancel")
