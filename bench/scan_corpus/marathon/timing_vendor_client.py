"""Client for the timing contractor's results API.

The contractor issues certificates from a private CA; the bundle is mounted
into the container and its path provided via TIMING_CA_BUNDLE.
"""
import os
import ssl
from typing import Any

import httpx

TIMING_SETTINGS = {
    "base_url": os.environ["TIMING_API_URL"],
    "ca_bundle": os.environ["TIMING_CA_BUNDLE"],
    "client_cert": os.environ.get("TIMING_CLIENT_CERT"),
    "client_key": os.environ.get("TIMING_CLIENT_KEY"),
}


def _ssl_context(cfg: dict) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=cfg["ca_bundle"])
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    if cfg["client_cert"]:
        ctx.load_cert_chain(cfg["client_cert"], cfg["client_key"])
    return ctx


class TimingApi:
    def __init__(self, cfg: dict = TIMING_SETTINGS, timeout: float = 20.0):
        self._client = httpx.Client(base_url=cfg["base_url"], verify=_ssl_context(cfg), timeout=timeout)

    def crossings(self, race_id: str, mat_id: str, after_ms: int = 0) -> list[dict[str, Any]]:
        resp = self._client.get(f"/races/{race_id}/mats/{mat_id}/crossings", params={"after": after_ms})
        resp.raise_for_status()
        return resp.json()["crossings"]

    def provisional_results(self, race_id: str) -> list[dict[str, Any]]:
        resp = self._client.get(f"/races/{race_id}/results", params={"status": "provisional"})
        resp.raise_for_status()
        return resp.json()["results"]

    def __enter__(self) -> "TimingApi":
        return self

    def __exit__(self, *exc) -> None:
        self._client.close()
