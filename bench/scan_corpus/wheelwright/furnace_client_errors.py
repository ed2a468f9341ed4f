"""Talks to the gas furnace controller used to heat iron tyres.

The controller on the workshop network takes a bearer token. Failures are
raised with enough detail to diagnose from the office, without the token.
"""
from __future__ import annotations

import logging
import os
import time

import httpx

log = logging.getLogger("furnace")


class FurnaceControllerError(RuntimeError):
    def __init__(self, method: str, path: str, status: int, detail: str = "") -> None:
        super().__init__(f"{method} {path} failed with HTTP {status} {detail}".strip())
        self.status = status


class FurnaceController:
    def __init__(self, base_url: str, token: str, timeout: float = 5.0) -> None:
        self._client = httpx.Client(
            base_url=base_url,
            headers={"Authorization": f"Bearer {token}", "Accept": "application/json"},
            timeout=timeout,
        )

    @classmethod
    def from_env(cls) -> "FurnaceController":
        return cls(os.environ["FURNACE_URL"], os.environ["FURNACE_TOKEN"])

    def _call(self, method: str, path: str, **kwargs) -> dict:
        resp = self._client.request(method, path, **kwargs)
        if resp.status_code >= 400:
            detail = resp.json().get("error", "") if resp.headers.get(
                "content-type", "").startswith("application/json") else ""
            raise FurnaceControllerError(method, path, resp.status_code, detail)
        return resp.json() if resp.content else {}

    def chamber_temperature(self) -> float:
        return float(self._call("GET", "/api/v1/status")["chamber_c"])

    def start(self, programme: str) -> None:
        self._call("POST", "/api/v1/run", json={"programme": programme})

    def stop(self) -> None:
        self._call("POST", "/api/v1/stop")

    def wait_until(self, target_c: int, poll_s: float = 15.0, give_up_s: float = 3600.0) -> float:
        deadline = time.monotonic() + give_up_s
        while time.monotonic() < deadline:
            try:
                temp = self.chamber_temperature()
            except FurnaceControllerError as err:
                log.warning("Furnace status check failed: %s", err)
            else:
                if temp >= target_c:
                    return temp
            time.sleep(poll_s)
        raise TimeoutError(f"furnace did not reach {target_c} C within {give_up_s:.0f}s")

    def close(self) -> None:
        self._client.close()
