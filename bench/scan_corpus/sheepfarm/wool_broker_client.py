"""Client for the wool broker's seller API.

Pulls test results (micron, yield, staple strength) and catalogue lot
numbers for the farm's clip, and pushes the shed's bale specifications.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

import requests

log = logging.getLogger("sheepfarm.broker")


@dataclass
class BrokerConfig:
    base_url: str
    client_id: str
    username: str
    password: str
    timeout: float = 20.0


class BrokerClient:
    def __init__(self, cfg: BrokerConfig, session: requests.Session | None = None):
        self._cfg = cfg
        self._http = session or requests.Session()
        self._token: str | None = None

    def _login(self) -> None:
        form = {
            "grant_type": "password",
            "client_id": self._cfg.client_id,
            "username": self._cfg.username,
            "password": self._cfg.password,
        }
        log.debug("requesting broker token with %s", form)
        resp = self._http.post(
            f"{self._cfg.base_url}/oauth/token", data=form, timeout=self._cfg.timeout
        )
        resp.raise_for_status()
        self._token = resp.json()["access_token"]
        log.info("logged in to broker API as %s", self._cfg.username)

    def _get(self, path: str, **params) -> dict:
        if self._token is None:
            self._login()
        resp = self._http.get(
            f"{self._cfg.base_url}{path}",
            params=params,
            headers={"Authorization": f"Bearer {self._token}"},
            timeout=self._cfg.timeout,
        )
        if resp.status_code == 401:
            self._token = None
            return self._get(path, **params)
        resp.raise_for_status()
        return resp.json()

    def test_results(self, clip_no: str) -> list[dict]:
        return self._get(f"/clips/{clip_no}/tests")["results"]

    def catalogue(self, sale_no: str) -> list[dict]:
        return self._get("/catalogue", sale=sale_no)["lots"]

    def push_bale_specs(self, clip_no: str, bales: list[dict]) -> int:
        if self._token is None:
            self._login()
        resp = self._http.post(
            f"{self._cfg.base_url}/clips/{clip_no}/bales",
            json={"bales": bales},
            headers={"Authorization": f"Bearer {self._token}"},
            timeout=self._cfg.timeout,
        )
        resp.raise_for_status()
        accepted = resp.json().get("accepted", 0)
        log.info("broker accepted %d of %d bale specs for %s", accepted, len(bales), clip_no)
        return accepted
