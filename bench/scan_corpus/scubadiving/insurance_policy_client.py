"""Checks divers' dive-accident insurance with the insurer's broker API.

The broker runs its API behind a private certificate authority, so the
client pins that CA bundle rather than the public trust store.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date

import requests


@dataclass(frozen=True)
class BrokerSettings:
    base_url: str
    client_id: str
    client_secret: str
    ca_bundle: str = "/etc/divecentre/certs/broker-ca.pem"

    @classmethod
    def from_env(cls) -> "BrokerSettings":
        return cls(
            base_url=os.environ.get("BROKER_API_URL", "https://api.broker.example"),
            client_id=os.environ["BROKER_CLIENT_ID"],
            client_secret=os.environ["BROKER_CLIENT_SECRET"],
            ca_bundle=os.environ.get("BROKER_CA_BUNDLE", "/etc/divecentre/certs/broker-ca.pem"),
        )


@dataclass
class PolicyStatus:
    policy_number: str
    holder: str
    valid_until: date
    covers_technical: bool

    def valid_on(self, day: date) -> bool:
        return day <= self.valid_until


class InsurancePolicyClient:
    def __init__(self, settings: BrokerSettings) -> None:
        self._settings = settings
        self._session = requests.Session()
        self._session.verify = settings.ca_bundle
        self._token: str | None = None

    def _authenticate(self) -> str:
        resp = self._session.post(
            f"{self._settings.base_url}/oauth/token",
            data={"grant_type": "client_credentials"},
            auth=(self._settings.client_id, self._settings.client_secret),
            timeout=10,
        )
        resp.raise_for_status()
        self._token = resp.json()["access_token"]
        return self._token

    def policy(self, policy_number: str, holder_last_name: str) -> PolicyStatus:
        token = self._token or self._authenticate()
        resp = self._session.get(
            f"{self._settings.base_url}/policies/{policy_number}",
            params={"holder": holder_last_name},
            headers={"Authorization": f"Bearer {token}"},
            timeout=10,
        )
        resp.raise_for_status()
        body = resp.json()
        return PolicyStatus(
            policy_number=body["number"],
            holder=body["holder"],
            valid_until=date.fromisoformat(body["valid_until"]),
            covers_technical=bool(body.get("technical_diving")),
        )
