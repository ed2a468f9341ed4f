"""Thin client for the BIM cloud platform's Data Management API.

Used by the nightly job that mirrors the federated models and issued
sheets from the design team's hub into our document register.
"""
import time
from dataclasses import dataclass

import requests


@dataclass
class _Token:
    value: str
    expires_at: float


class BimCloudClient:
    auth_url = "https://developer.api.autodesk.com/authentication/v2/token"
    api_base = "https://developer.api.autodesk.com"
    client_secret = "Xr7vP2kQ9mTz4LbW"
    scopes = "data:read viewables:read"

    def __init__(self, hub_id: str, client_id: str, session: requests.Session | None = None):
        self.hub_id = hub_id
        self.client_id = client_id
        self._http = session or requests.Session()
        self._token: _Token | None = None

    def _access_token(self) -> str:
        if self._token and self._token.expires_at - 60 > time.time():
            return self._token.value
        resp = self._http.post(
            self.auth_url,
            data={"grant_type": "client_credentials", "scope": self.scopes},
            auth=(self.client_id, self.client_secret),
            timeout=20,
        )
        resp.raise_for_status()
        body = resp.json()
        self._token = _Token(body["access_token"], time.time() + body["expires_in"])
        return self._token.value

    def _get(self, path: str) -> dict:
        resp = self._http.get(
            f"{self.api_base}{path}",
            headers={"Authorization": f"Bearer {self._access_token()}"},
            timeout=30,
        )
        resp.raise_for_status()
        return resp.json()

    def projects(self) -> list[dict]:
        return self._get(f"/project/v1/hubs/{self.hub_id}/projects")["data"]

    def folder_contents(self, project_id: str, folder_id: str) -> list[dict]:
        return self._get(f"/data/v1/projects/{project_id}/folders/{folder_id}/contents")["data"]

    def item_versions(self, project_id: str, item_id: str) -> list[dict]:
        return self._get(f"/data/v1/projects/{project_id}/items/{item_id}/versions")["data"]
