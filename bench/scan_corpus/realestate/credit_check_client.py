"""Client for the credit reference agency used in tenant referencing.

The agency issues us a client certificate and serves its API from a
private CA, so the session trusts that CA bundle instead of the system store.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry


@dataclass(frozen=True)
class CreditCheckConfig:
    base_url: str
    ca_bundle: str
    client_cert: str
    client_key: str
    timeout: float = 20.0

    @classmethod
    def from_env(cls) -> "CreditCheckConfig":
        return cls(
            base_url=os.environ["CRA_BASE_URL"],
            ca_bundle=os.environ["CRA_CA_BUNDLE"],
            client_cert=os.environ["CRA_CLIENT_CERT"],
            client_key=os.environ["CRA_CLIENT_KEY"],
        )


class CreditCheckClient:
    def __init__(self, config: CreditCheckConfig):
        self.config = config
        self.session = requests.Session()
        self.session.verify = config.ca_bundle
        self.session.cert = (config.client_cert, config.client_key)
        retry = Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504))
        self.session.mount("https://", HTTPAdapter(max_retries=retry))

    def search(self, surname: str, forename: str, dob: str, postcode: str) -> dict:
        resp = self.session.post(
            f"{self.config.base_url}/v3/consumer/search",
            json={"surname": surname, "forename": forename, "dateOfBirth": dob, "postcode": postcode},
            timeout=self.config.timeout,
        )
        resp.raise_for_status()
        return resp.json()

    def affordability(self, search_id: str, monthly_rent: int) -> dict:
        resp = self.session.get(
            f"{self.config.base_url}/v3/consumer/{search_id}/affordability",
            params={"rent": monthly_rent},
            timeout=self.config.timeout,
        )
        resp.raise_for_status()
        return resp.json()
