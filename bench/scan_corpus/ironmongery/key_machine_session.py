"""Session handling for the branch key machines' cloud API.

Branch service accounts log in with a user name and password held in the
secrets manager; the bearer token returned is kept in memory only.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field

import httpx

log = logging.getLogger(__name__)


class KeyMachineLoginError(RuntimeError):
    pass


@dataclass
class KeyMachineSession:
    base_url: str
    branch_id: str
    username: str
    password: str = field(repr=False)
    timeout: float = 15.0
    _token: str | None = field(default=None, repr=False)

    def login(self) -> None:
        resp = httpx.post(
            f"{self.base_url}/api/v2/auth/token",
            json={"username": self.username, "password": self.password, "branch": self.branch_id},
            timeout=self.timeout,
        )
        if resp.status_code in (401, 403):
            raise KeyMachineLoginError(
                f"Key machine login rejected for user {self.username} at branch {self.branch_id} "
                f"(HTTP {resp.status_code})"
            )
        resp.raise_for_status()
        self._token = resp.json()["access_token"]
        log.info("Key machine login ok for %s at branch %s", self.username, self.branch_id)

    def request(self, method: str, path: str, **kwargs) -> httpx.Response:
        if self._token is None:
            self.login()
        headers = {"Authorization": f"Bearer {self._token}", **kwargs.pop("headers", {})}
        resp = httpx.request(method, f"{self.base_url}{path}", headers=headers, timeout=self.timeout, **kwargs)
        if resp.status_code == 401:
            log.info("Key machine token expired for branch %s; logging in again", self.branch_id)
            self.login()
            headers["Authorization"] = f"Bearer {self._token}"
            resp = httpx.request(method, f"{self.base_url}{path}", headers=headers, timeout=self.timeout, **kwargs)
        resp.raise_for_status()
        return resp

    def queue_cut(self, order_ref: str, profile: str, bitting: str, quantity: int = 1) -> str:
        resp = self.request(
            "POST",
            "/api/v2/cut-jobs",
            json={"reference": order_ref, "profile": profile, "bitting": bitting, "quantity": quantity},
        )
        return resp.json()["job_id"]
