"""Client for the ID / selfie verification vendor.

The vendor's API sits behind a private CA, so requests are verified against
the bundle shipped in the container image rather than the system store.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry


@dataclass(frozen=True)
class VerificationConfig:
    base_url: str
    api_key: str
    ca_bundle: str | None = None
    timeout: float = 20.0

    @classmethod
    def from_env(cls) -> "VerificationConfig":
        return cls(
            base_url=os.environ["IDV_BASE_URL"],
            api_key=os.environ["IDV_API_KEY"],
            ca_bundle=os.environ.get("IDV_CA_BUNDLE"),
        )


class VerificationClient:
    def __init__(self, config: VerificationConfig):
        self._cfg = config
        self._session = requests.Session()
        self._session.verify = config.ca_bundle or True
        self._session.headers["Authorization"] = f"Token {config.api_key}"
        retry = Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504), allowed_methods=("GET",))
        self._session.mount("https://", HTTPAdapter(max_retries=retry))

    def start_check(self, member_id: int, selfie_url: str, document_url: str) -> str:
        resp = self._session.post(
            f"{self._cfg.base_url}/v1/checks",
            json={"reference": str(member_id), "selfie": selfie_url, "document": document_url},
            timeout=self._cfg.timeout,
        )
        resp.raise_for_status()
        return resp.json()["check_id"]

    def get_result(self, check_id: str) -> dict:
        resp = self._session.get(f"{self._cfg.base_url}/v1/checks/{check_id}", timeout=self._cfg.timeout)
        resp.raise_for_status()
        body = resp.json()
        return {"status": body["status"], "face_match": body.get("face_match_score"), "age_ok": body.get("over_18")}
