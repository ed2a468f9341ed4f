"""Client for the key machine vendor's cloud cutting service.

Code-cut keys for restricted profiles are queued to the branch key machine
through the vendor's cloud API; each branch has its own service login.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field

import httpx

log = logging.getLogger(__name__)


class KeyMachineAuthError(RuntimeError):
    pass


@dataclass
class KeyMachineClient:
    base_url: str
    branch_id: str
    username: str
    password: str
    timeout: float = 15.0
    _token: str | None = field(default=None, repr=False)

    def _client(self) -> httpx.Client:
        return httpx.Client(base_url=self.base_url, timeout=self.timeout)

    def login(self) -> None:
        with self._client() as client:
            resp = client.post(
                "/api/v2/auth/token",
                json={"username": self.username, "password": self.password, "branch": self.branch_id},
            )
        if resp.status_code in (401, 403):
            raise KeyMachineAuthError(
                f"Key machine login rejected for {self.username}/{self.password} at branch {self.branch_id}"
            )
        resp.raise_for_status()
        self._token = resp.json()["access_token"]
        log.info("Key machine session opened for branch %s", self.branch_id)

    def _headers(self) -> dict[str, str]:
        if self._token is None:
            self.login()
        return {"Authorization": f"Bearer {self._token}"}

    def queue_cut(self, order_ref: str, profile: str, bitting: str, quantity: int) -> str:
        payload = {
            "reference": order_ref,
            "profile": profile,
            "bitting": bitting,
            "quantity": quantity,
            "branch": self.branch_id,
        }
        with self._client() as client:
            resp = client.post("/api/v2/cut-jobs", json=payload, headers=self._headers())
        resp.raise_for_status()
        job_id = resp.json()["job_id"]
        log.info("Queued %d x %s for order %s as job %s", quantity, profile, order_ref, job_id)
        return job_id

    def job_status(self, job_id: str) -> str:
        with self._client() as client:
            resp = client.get(f"/api/v2/cut-jobs/{job_id}", headers=self._headers())
        resp.raise_for_status()
        return resp.json()["status"]
