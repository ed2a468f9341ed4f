"""Talks to the origin shield tier to pre-warm popular renditions.

The shield nodes present certificates from our private CA, so the client
trusts that CA bundle in addition to hostname checks.
"""
from __future__ import annotations

import ssl
from dataclasses import dataclass

import httpx


@dataclass(frozen=True)
class ShieldConfig:
    base_url: str
    ca_bundle: str | None = None
    timeout: float = 5.0


def _ssl_context(cfg: ShieldConfig) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=cfg.ca_bundle)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


class OriginShieldClient:
    def __init__(self, cfg: ShieldConfig) -> None:
        self._client = httpx.Client(
            base_url=cfg.base_url,
            verify=_ssl_context(cfg),
            timeout=cfg.timeout,
            headers={"User-Agent": "shield-prewarm/1.4"},
        )

    def prewarm(self, video_id: str, renditions: list[str]) -> int:
        warmed = 0
        for rendition in renditions:
            resp = self._client.post(
                "/prewarm", json={"video_id": video_id, "rendition": rendition}
            )
            if resp.status_code == 202:
                warmed += 1
        return warmed

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> "OriginShieldClient":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
