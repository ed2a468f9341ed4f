"""Session handling for the haul dispatch gateway that pushes jobs to truck tablets."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass

import httpx

logger = logging.getLogger("dispatch.gateway")


@dataclass
class GatewayCredentials:
    client_id: str
    client_secret: str
    token_url: str


def credentials_from_env() -> GatewayCredentials:
    return GatewayCredentials(
        client_id=os.environ["DISPATCH_CLIENT_ID"],
        client_secret=os.environ["DISPATCH_CLIENT_SECRET"],
        token_url=os.environ["DISPATCH_TOKEN_URL"],
    )


def _session_summary(creds: GatewayCredentials, token: dict) -> str:
    return (
        f"client={creds.client_id} scope={token.get('scope')} "
        f"access_token={token['access_token']} expires_in={token.get('expires_in')}"
    )


class DispatchGateway:
    def __init__(self, creds: GatewayCredentials, base_url: str) -> None:
        self.creds = creds
        self.base_url = base_url
        self._token: dict | None = None

    def _authenticate(self) -> dict:
        resp = httpx.post(
            self.creds.token_url,
            data={"grant_type": "client_credentials", "scope": "dispatch.write"},
            auth=(self.creds.client_id, self.creds.client_secret),
            timeout=10.0,
        )
        resp.raise_for_status()
        self._token = resp.json()
        logger.info("dispatch gateway session opened: %s", _session_summary(self.creds, self._token))
        return self._token

    def push_job(self, truck_id: str, job: dict, retry: bool = True) -> str:
        token = self._token or self._authenticate()
        resp = httpx.post(
            f"{self.base_url}/trucks/{truck_id}/jobs",
            json=job,
            headers={"Authorization": f"Bearer {token['access_token']}"},
            timeout=10.0,
        )
        if resp.status_code == 401 and retry:
            self._token = None
            return self.push_job(truck_id, job, retry=False)
        resp.raise_for_status()
        return resp.json()["job_id"]
