"""Client for the e-signature provider used by the lettings team.

The API key is issued per environment and kept in AWS Secrets Manager; the
secret id is passed in through configuration.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache

import boto3
import httpx

API_KEY_HEADER = "X-Api-Key"
SECRET_FIELD = "api_key"


@dataclass(frozen=True)
class SigningConfig:
    base_url: str
    secret_id: str
    account_id: str
    region: str = "eu-west-2"


@lru_cache(maxsize=4)
def _api_key(secret_id: str, region: str) -> str:
    sm = boto3.client("secretsmanager", region_name=region)
    payload = json.loads(sm.get_secret_value(SecretId=secret_id)["SecretString"])
    return payload[SECRET_FIELD]


class SigningApiClient:
    def __init__(self, config: SigningConfig):
        self._http = httpx.Client(
            base_url=config.base_url,
            headers={
                API_KEY_HEADER: _api_key(config.secret_id, config.region),
                "X-Account": config.account_id,
            },
            timeout=httpx.Timeout(30.0, connect=5.0),
        )

    def send_for_signature(self, title: str, document_id: str, signers: list[dict]) -> str:
        resp = self._http.post(
            "/v1/envelopes",
            json={"title": title, "document_id": document_id, "signers": signers},
        )
        resp.raise_for_status()
        return resp.json()["id"]

    def void(self, envelope_id: str, reason: str) -> None:
        resp = self._http.post(f"/v1/envelopes/{envelope_id}/void", json={"reason": reason})
        resp.raise_for_status()

    def close(self) -> None:
        self._http.close()
