"""Sync worker for venues whose POS back-office server is reached over the VPN.

The back-office servers present certificates issued by our internal venue CA,
so the worker trusts that CA bundle (with normal hostname checking) instead of
the public trust store.
"""
from __future__ import annotations

import os
import ssl
from datetime import date
from typing import Iterator

import httpx

VENUE_CA_BUNDLE = os.environ.get("VENUE_CA_BUNDLE", "/etc/pos-sync/venue-ca.pem")


def build_tls_context(ca_bundle: str = VENUE_CA_BUNDLE) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=ca_bundle)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


class VenuePosClient:
    def __init__(
        self,
        base_url: str,
        api_key: str,
        tls_context: ssl.SSLContext | None = None,
        timeout: float = 20.0,
    ) -> None:
        self._client = httpx.Client(
            base_url=base_url,
            headers={"X-Api-Key": api_key, "Accept": "application/json"},
            verify=tls_context or build_tls_context(),
            timeout=timeout,
        )

    def closed_checks(self, business_date: date, page_size: int = 200) -> Iterator[dict]:
        page = 1
        while True:
            resp = self._client.get(
                "/api/v2/checks",
                params={
                    "business_date": business_date.isoformat(),
                    "status": "closed",
                    "page": page,
                    "per_page": page_size,
                },
            )
            resp.raise_for_status()
            body = resp.json()
            yield from body["items"]
            if not body.get("next_page"):
                return
            page += 1

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> "VenuePosClient":
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()
