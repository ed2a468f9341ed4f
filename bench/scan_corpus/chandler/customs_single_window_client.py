"""Client for the national customs single-window API used to lodge ship's
stores declarations electronically.
"""
import logging
import os
from dataclasses import dataclass

import httpx

logger = logging.getLogger(__name__)


@dataclass
class GatewayConfig:
    base_url: str
    client_id: str
    client_secret: str

    @classmethod
    def from_env(cls) -> "GatewayConfig":
        return cls(
            base_url=os.environ["CUSTOMS_GW_URL"],
            client_id=os.environ["CUSTOMS_GW_CLIENT_ID"],
            client_secret=os.environ["CUSTOMS_GW_CLIENT_SECRET"],
        )


class CustomsGateway:
    def __init__(self, config: GatewayConfig) -> None:
        self.config = config
        self._http = httpx.Client(base_url=config.base_url, timeout=30.0)
        self._token: str | None = None

    def _access_token(self) -> str:
        if self._token is None:
            resp = self._http.post(
                "/oauth2/token",
                data={"grant_type": "client_credentials"},
                auth=(self.config.client_id, self.config.client_secret),
            )
            resp.raise_for_status()
            self._token = resp.json()["access_token"]
        return self._token

    def _headers(self) -> dict[str, str]:
        return {
            "Authorization": f"Bearer {self._access_token()}",
            "Content-Type": "application/json",
            "Accept": "application/json",
        }

    def lodge_declaration(self, declaration: dict) -> str:
        headers = self._headers()
        logger.debug("POST /declarations ref=%s headers=%s", declaration["localReference"], headers)
        resp = self._http.post("/declarations", json=declaration, headers=headers)
        if resp.status_code == 401:
            self._token = None
            resp = self._http.post("/declarations", json=declaration, headers=self._headers())
        resp.raise_for_status()
        mrn = resp.json()["mrn"]
        logger.info("declaration %s lodged as MRN %s", declaration["localReference"], mrn)
        return mrn

    def status(self, mrn: str) -> str:
        resp = self._http.get(f"/declarations/{mrn}/status", headers=self._headers())
        resp.raise_for_status()
        return resp.json()["status"]
