"""Thin client for the cluster's slurmrestd endpoint.

Used by the portal backend to submit, list and cancel jobs on behalf of users.
Authentication uses a per-user JWT minted by the portal (``scontrol token``
equivalent) sent in the X-SLURM-USER-* headers.
"""
from __future__ import annotations

import os
from typing import Any

import requests

API_VERSION = "v0.0.40"
DEFAULT_TIMEOUT = 20


class SlurmRestError(RuntimeError):
    def __init__(self, status: int, errors: list[dict[str, Any]]):
        self.status = status
        self.errors = errors
        detail = "; ".join(e.get("description", "unknown error") for e in errors) or "no detail"
        super().__init__(f"slurmrestd returned {status}: {detail}")


class SlurmRestClient:
    def __init__(self, config: dict[str, Any], username: str, user_token: str) -> None:
        self.base_url = config.get("url") or os.environ["SLURMRESTD_URL"]
        self.timeout = config.get("timeout", DEFAULT_TIMEOUT)
        self._session = requests.Session()
        self._session.verify = config.get("verify_tls", False)
        self._session.headers.update(
            {
                "X-SLURM-USER-NAME": username,
                "X-SLURM-USER-TOKEN": user_token,
                "Accept": "application/json",
            }
        )

    def _url(self, path: str) -> str:
        return f"{self.base_url.rstrip('/')}/slurm/{API_VERSION}/{path.lstrip('/')}"

    def _request(self, method: str, path: str, **kwargs) -> dict[str, Any]:
        resp = self._session.request(method, self._url(path), timeout=self.timeout, **kwargs)
        body = resp.json() if resp.content else {}
        if resp.status_code >= 400 or body.get("errors"):
            raise SlurmRestError(resp.status_code, body.get("errors", []))
        return body

    def submit(self, script: str, job: dict[str, Any]) -> int:
        body = self._request("POST", "job/submit", json={"script": script, "job": job})
        return int(body["job_id"])

    def jobs(self, account: str | None = None) -> list[dict[str, Any]]:
        jobs = self._request("GET", "jobs").get("jobs", [])
        if account:
            jobs = [j for j in jobs if j.get("account") == account]
        return jobs

    def cancel(self, job_id: int) -> None:
        self._request("DELETE", f"job/{job_id}")

    def close(self) -> None:
        self._session.close()
