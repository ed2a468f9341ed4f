"""Thin Python SDK for the feature store HTTP API.

    client = FeatureStoreClient.from_env()
    rows = client.get_online_features("user_profile", ["u1", "u2"])
"""
from __future__ import annotations

import logging
import os
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger("featurestore.client")


class FeatureStoreError(RuntimeError):
    pass


class FeatureStoreClient:
    def __init__(self, base_url: str, token: str, timeout: float = 10.0):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self._session = requests.Session()
        self._session.headers.update({
            "Authorization": f"Bearer {token}",
            "User-Agent": "featurestore-sdk/0.9",
        })
        retry = Retry(total=3, backoff_factor=0.3, status_forcelist=(502, 503, 504))
        self._session.mount("https://", HTTPAdapter(max_retries=retry))

    @classmethod
    def from_env(cls) -> "FeatureStoreClient":
        return cls(os.environ["FEATURESTORE_URL"], os.environ["FEATURESTORE_TOKEN"])

    def _post(self, path: str, payload: dict[str, Any]) -> dict[str, Any]:
        url = f"{self.base_url}{path}"
        log.debug("POST %s headers=%s payload_keys=%s", url, dict(self._session.headers), list(payload))
        resp = self._session.post(url, json=payload, timeout=self.timeout)
        if resp.status_code >= 400:
            raise FeatureStoreError(f"{resp.status_code} from {path}: {resp.text[:200]}")
        return resp.json()

    def get_online_features(self, view: str, entity_ids: list[str],
                            features: list[str] | None = None) -> list[dict[str, Any]]:
        payload = {"feature_view": view, "entities": entity_ids}
        if features:
            payload["features"] = features
        return self._post("/v1/online-features", payload)["rows"]

    def push(self, view: str, rows: list[dict[str, Any]]) -> int:
        return self._post("/v1/push", {"feature_view": view, "rows": rows})["written"]
