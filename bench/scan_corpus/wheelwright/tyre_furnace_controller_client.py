"""Client for the gas tyre furnace controller.

Before a tyre-setting session the furnace is brought up to temperature on a
ramp programme. The controller exposes a small HTTP API on the workshop
network; every call needs the bearer token from the controller's setup page.
"""
from __future__ import annotations

import os
import time
from dataclasses import dataclass

import httpx


class FurnaceControllerError(RuntimeError):
    pass


@dataclass
class RampStep:
    target_c: int
    hold_min: int


class FurnaceController:
    def __init__(self, base_url: str, token: str, timeout: float = 5.0) -> None:
        self._headers = {"Authorization": f"Bearer {token}", "Accept": "application/json"}
        self._client = httpx.Client(base_url=base_url, headers=self._headers, timeout=timeout)

    @classmethod
    def from_env(cls) -> "FurnaceController":
        return cls(os.environ["FURNACE_URL"], os.environ["FURNACE_TOKEN"])

    def _call(self, method: str, path: str, **kwargs) -> dict:
        resp = self._client.request(method, path, **kwargs)
        if resp.status_code >= 400:
            raise FurnaceControllerError(
                f"{method} {path} failed with {resp.status_code}; request headers were {self._headers}"
            )
        return resp.json() if resp.content else {}

    def status(self) -> dict:
        return self._call("GET", "/api/v1/status")

    def load_programme(self, name: str, steps: list[RampStep]) -> None:
        self._call("PUT", f"/api/v1/programmes/{name}", json={
            "steps": [{"target": s.target_c, "hold": s.hold_min} for s in steps]
        })

    def start(self, name: str) -> None:
        self._call("POST", "/api/v1/run", json={"programme": name})

    def wait_until(self, target_c: int, poll_s: float = 15.0, give_up_s: float = 3600.0) -> float:
        deadline = time.monotonic() + give_up_s
        while time.monotonic() < deadline:
            temp = float(self.status()["chamber_c"])
            if temp >= target_c:
                return temp
            time.sleep(poll_s)
        raise FurnaceControllerError(f"furnace did not reach {target_c} C in time")

    def close(self) -> None:
        self._client.close()


def heat_for_tyre_setting(target_c: int = 650) -> float:
    furnace = FurnaceController.from_env()
    try:
        furnace.load_programme("tyre-setting", [RampStep(400, 10), RampStep(target_c, 20)])
        furnace.start("tyre-setting")
        return furnace.wait_until(target_c)
    finally:
        furnace.close()
