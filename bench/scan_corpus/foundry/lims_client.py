"""Client for the lab LIMS that stores spectrometer and tensile results.

The LIMS uses a certificate from the plant's internal CA, so the client is
built with a context that trusts that CA bundle explicitly.
"""
import ssl
from dataclasses import dataclass

import httpx


@dataclass
class LimsConfig:
    base_url: str
    ca_bundle: str
    api_token: str
    timeout: float = 15.0


def _tls_context(ca_bundle: str) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=ca_bundle)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


class LimsClient:
    def __init__(self, cfg: LimsConfig):
        self._client = httpx.Client(
            base_url=cfg.base_url,
            verify=_tls_context(cfg.ca_bundle),
            headers={"Authorization": f"Bearer {cfg.api_token}"},
            timeout=cfg.timeout,
        )

    def chemistry(self, heat_no: str) -> dict[str, float]:
        resp = self._client.get(f"/api/samples/{heat_no}/chemistry")
        resp.raise_for_status()
        return {row["element"]: row["value"] for row in resp.json()["results"]}

    def tensile(self, heat_no: str) -> list[dict]:
        resp = self._client.get(f"/api/samples/{heat_no}/tensile")
        resp.raise_for_status()
        return resp.json()["tests"]

    def close(self) -> None:
        self._client.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
