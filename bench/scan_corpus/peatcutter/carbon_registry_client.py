"""Client for the national peatland carbon registry API.

Used to submit verification reports and to request issuance of credits
once a verification has been accepted, and to poll the status of those
requests from the nightly registry sync job.
"""

import logging
import os

import httpx

log = logging.getLogger("peatcutter.registry")


class RegistryError(RuntimeError):
    pass


class RegistryClient:
    def __init__(self, base_url: str | None = None, api_token: str | None = None, timeout: float = 30.0):
        self.base_url = base_url or os.environ["REGISTRY_BASE_URL"]
        self.api_token = api_token or os.environ["REGISTRY_API_TOKEN"]
        self._client = httpx.Client(base_url=self.base_url, timeout=timeout)

    def _headers(self) -> dict[str, str]:
        return {
            "Authorization": f"Bearer {self.api_token}",
            "Accept": "application/json",
            "User-Agent": "peatcutter-registry/2.3",
        }

    def _request(self, method: str, path: str, payload: dict | None = None) -> dict:
        headers = self._headers()
        log.debug("Registry %s %s%s headers=%s", method, self.base_url, path, headers)
        resp = self._client.request(method, path, json=payload, headers=headers)
        if resp.status_code >= 400:
            raise RegistryError(f"{method} {path} failed: {resp.status_code} {resp.text[:200]}")
        return resp.json()

    def submit_verification(self, project_id: str, report: dict) -> str:
        body = self._request("POST", f"/projects/{project_id}/verifications", report)
        return body["verification_id"]

    def request_issuance(self, project_id: str, verification_id: str, vintage: int, tonnes: str) -> str:
        body = self._request(
            "POST",
            f"/projects/{project_id}/issuances",
            {"verification_id": verification_id, "vintage": vintage, "quantity": tonnes},
        )
        return body["issuance_id"]

    def issuance_status(self, project_id: str, issuance_id: str) -> str:
        return self._request("GET", f"/projects/{project_id}/issuances/{issuance_id}")["status"]

    def close(self) -> None:
        self._client.close()
