"""Fetches contamination and heavy-metal test results from the contract food-safety lab."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry


@dataclass(frozen=True)
class LabConnection:
    base_url: str
    ca_bundle: str
    client_cert: tuple[str, str]

    @classmethod
    def from_env(cls) -> "LabConnection":
        return cls(
            base_url=os.environ["LAB_API_URL"],
            ca_bundle=os.environ.get("LAB_CA_BUNDLE", "/etc/farm/ca/lab-partners.pem"),
            client_cert=(os.environ["LAB_CLIENT_CERT"], os.environ["LAB_CLIENT_KEY"]),
        )


class LabResultsClient:
    def __init__(self, conn: LabConnection) -> None:
        self.conn = conn
        self.session = requests.Session()
        self.session.verify = conn.ca_bundle
        self.session.cert = conn.client_cert
        self.session.mount("https://", HTTPAdapter(max_retries=Retry(total=3, backoff_factor=0.5)))

    def results_for_batch(self, batch_code: str) -> list[dict[str, Any]]:
        resp = self.session.get(
            f"{self.conn.base_url}/v1/results", params={"batch": batch_code}, timeout=20
        )
        resp.raise_for_status()
        return resp.json()["results"]

    def failed_tests(self, batch_code: str) -> list[str]:
        return [r["test"] for r in self.results_for_batch(batch_code) if r.get("outcome") == "fail"]
