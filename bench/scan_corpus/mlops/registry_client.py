"""Python client for the model registry REST API.

    reg = RegistryClient.from_env()
    reg.create_version("churn-xgb", uri="s3://models/churn/42", metrics={"auc": 0.91})
"""
from __future__ import annotations

import logging
import os
from typing import Any, Mapping

import requests

log = logging.getLogger("registry.client")

_SENSITIVE_HEADERS = frozenset({"authorization", "cookie", "x-api-key"})


def _redacted(headers: Mapping[str, str]) -> dict[str, str]:
    return {k: ("<redacted>" if k.lower() in _SENSITIVE_HEADERS else v) for k, v in headers.items()}


class RegistryError(RuntimeError):
    pass


class RegistryClient:
    def __init__(self, base_url: str, api_key: str, timeout: float = 15.0):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self._session = requests.Session()
        self._session.headers["X-Api-Key"] = api_key
        self._session.headers["User-Agent"] = "model-registry-client/2.3"

    @classmethod
    def from_env(cls) -> "RegistryClient":
        return cls(os.environ["MODEL_REGISTRY_URL"], os.environ["MODEL_REGISTRY_API_KEY"])

    def _request(self, method: str, path: str, **kwargs: Any) -> Any:
        url = f"{self.base_url}{path}"
        log.debug("%s %s headers=%s", method, url, _redacted(self._session.headers))
        resp = self._session.request(method, url, timeout=self.timeout, **kwargs)
        log.debug("%s %s -> %s", method, url, resp.status_code)
        if resp.status_code >= 400:
            raise RegistryError(f"{method} {path}: {resp.status_code} {resp.text[:200]}")
        return resp.json() if resp.content else None

    def get_model(self, name: str) -> dict:
        return self._request("GET", f"/v1/models/{name}")

    def create_version(self, name: str, uri: str, metrics: dict[str, float] | None = None) -> dict:
        body = {"artifact_uri": uri, "metrics": metrics or {}}
        return self._request("POST", f"/v1/models/{name}/versions", json=body)

    def transition(self, name: str, version: int, stage: str) -> dict:
        return self._request("POST", f"/v1/models/{name}/versions/{version}/stage", json={"stage": stage})
