"""Pushes published nurse rosters to the regional workforce system.

The workforce system uses OAuth2 client credentials. A token is fetched
per sync run and the week's shifts are posted clinic by clinic.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass

import httpx

logger = logging.getLogger("roster.sync")


@dataclass
class WorkforceConfig:
    token_url: str
    api_url: str
    client_id: str
    client_secret: str
    scope: str = "roster.write"

    @classmethod
    def from_env(cls) -> "WorkforceConfig":
        return cls(
            token_url=os.environ["WORKFORCE_TOKEN_URL"],
            api_url=os.environ["WORKFORCE_API_URL"],
            client_id=os.environ["WORKFORCE_CLIENT_ID"],
            client_secret=os.environ["WORKFORCE_CLIENT_SECRET"],
        )


class RosterSync:
    def __init__(self, config: WorkforceConfig, client: httpx.Client | None = None) -> None:
        self._config = config
        self._http = client or httpx.Client(timeout=30)

    def _token_form(self) -> dict[str, str]:
        return {
            "grant_type": "client_credentials",
            "client_id": self._config.client_id,
            "client_secret": self._config.client_secret,
            "scope": self._config.scope,
        }

    def _access_token(self) -> str:
        form = self._token_form()
        logger.info("requesting workforce token: %s", form)
        resp = self._http.post(self._config.token_url, data=form)
        resp.raise_for_status()
        return resp.json()["access_token"]

    def push_week(self, clinic_id: str, shifts: list[dict]) -> int:
        token = self._access_token()
        resp = self._http.post(
            f"{self._config.api_url}/clinics/{clinic_id}/shifts",
            json={"shifts": shifts},
            headers={"Authorization": f"Bearer {token}"},
        )
        resp.raise_for_status()
        accepted = resp.json().get("accepted", 0)
        logger.info("clinic %s: %d of %d shifts accepted", clinic_id, accepted, len(shifts))
        return accepted
