"""SDK client for partner QPU providers we resell capacity from.

Each provider exposes a job API that accepts OpenQASM 3 and returns counts.
Base URL and credentials come from the provider registry.
"""
import logging
import time
from typing import Any

import httpx

logger = logging.getLogger("qlab.providers")


class ProviderError(RuntimeError):
    pass


class QPUProviderClient:
    def __init__(self, name: str, base_url: str, api_token: str, timeout: float = 30.0):
        self.name = name
        self._token = api_token
        self._http = httpx.Client(
            base_url=base_url,
            timeout=timeout,
            headers={"Authorization": f"Bearer {api_token}", "User-Agent": "qlab-broker/2.4"},
        )

    def _request(self, method: str, path: str, **kwargs: Any) -> dict:
        logger.debug("%s %s%s (provider=%s, token=%s)", method, self._http.base_url, path, self.name, self._token)
        resp = self._http.request(method, path, **kwargs)
        if resp.status_code >= 400:
            raise ProviderError(f"{self.name}: {resp.status_code} {resp.text[:200]}")
        return resp.json()

    def submit(self, qasm: str, shots: int, backend: str) -> str:
        data = self._request("POST", "/jobs", json={"program": qasm, "shots": shots, "backend": backend})
        return data["job_id"]

    def wait(self, job_id: str, poll: float = 2.0, deadline: float = 600.0) -> dict:
        start = time.monotonic()
        while time.monotonic() - start < deadline:
            data = self._request("GET", f"/jobs/{job_id}")
            if data["status"] in ("COMPLETED", "FAILED", "CANCELLED"):
                return data
            time.sleep(poll)
        raise ProviderError(f"{self.name}: job {job_id} did not finish in {deadline}s")

    def close(self) -> None:
        self._http.close()
