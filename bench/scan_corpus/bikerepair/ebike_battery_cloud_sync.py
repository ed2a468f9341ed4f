"""Pulls battery health history from the drive-unit vendor cloud for bikes in for service."""
from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass
from typing import Any, Dict, List, Optional

import requests

logger = logging.getLogger("bms.cloud")


@dataclass
class CloudSession:
    access_token: str
    expires_at: float

    def header(self) -> Dict[str, str]:
        return {"Authorization": f"Bearer {self.access_token}"}

    def expired(self) -> bool:
        return time.time() > self.expires_at - 60


class VendorCloud:
    token_path = "/oauth2/token"

    def __init__(self, base_url: str, client_id: str, client_secret: str) -> None:
        self.base_url = base_url.rstrip("/")
        self.client_id = client_id
        self.client_secret = client_secret
        self._session: Optional[CloudSession] = None

    def _login(self) -> CloudSession:
        resp = requests.post(
            self.base_url + self.token_path,
            data={"grant_type": "client_credentials", "scope": "battery.read"},
            auth=(self.client_id, self.client_secret),
            timeout=15,
        )
        resp.raise_for_status()
        body = resp.json()
        return CloudSession(body["access_token"], time.time() + body["expires_in"])

    def session(self) -> CloudSession:
        if self._session is None or self._session.expired():
            self._session = self._login()
            logger.info("vendor cloud session refreshed for %s: %s", self.client_id,
                        self._session.header())
        return self._session

    def battery_history(self, pack_serial: str) -> List[Dict[str, Any]]:
        resp = requests.get(
            f"{self.base_url}/v1/packs/{pack_serial}/history",
            headers=self.session().header(),
            timeout=20,
        )
        resp.raise_for_status()
        return resp.json()["readings"]


def from_env() -> VendorCloud:
    return VendorCloud(
        os.environ["BMS_CLOUD_URL"],
        os.environ["BMS_CLOUD_CLIENT_ID"],
        os.environ["BMS_CLOUD_CLIENT_SECRET"],
    )
