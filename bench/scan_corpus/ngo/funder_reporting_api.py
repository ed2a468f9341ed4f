"""HTTP client for the consortium lead's reporting API.

The lead agency issues certificates from its own private CA, so we trust
their CA bundle explicitly (path comes from settings) rather than the
public store.
"""
import ssl
from dataclasses import dataclass

import httpx


@dataclass(frozen=True)
class ReportingApiConfig:
    base_url: str
    ca_bundle: str
    client_cert: str
    client_key: str
    timeout: float = 30.0


def _tls_context(cfg: ReportingApiConfig) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=cfg.ca_bundle)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(certfile=cfg.client_cert, keyfile=cfg.client_key)
    return ctx


class ReportingApi:
    def __init__(self, cfg: ReportingApiConfig):
        self._client = httpx.Client(
            base_url=cfg.base_url,
            verify=_tls_context(cfg),
            timeout=cfg.timeout,
            headers={"Accept": "application/json"},
        )

    def __enter__(self) -> "ReportingApi":
        return self

    def __exit__(self, *exc) -> None:
        self._client.close()

    def open_periods(self, grant_ref: str) -> list[dict]:
        resp = self._client.get(f"/v1/grants/{grant_ref}/periods", params={"status": "open"})
        resp.raise_for_status()
        return resp.json()["periods"]

    def upload_return(self, grant_ref: str, period_id: str, figures: dict) -> str:
        resp = self._client.put(f"/v1/grants/{grant_ref}/periods/{period_id}/return", json=figures)
        resp.raise_for_status()
        return resp.json()["receipt"]
