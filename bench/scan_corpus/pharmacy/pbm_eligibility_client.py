"""Async client for the PBM real-time eligibility (E1) endpoint.

The PBM issues certificates from its own private CA, so we pin to their CA
bundle and present our client certificate for mutual TLS.
"""
from __future__ import annotations

import ssl
from dataclasses import dataclass

import httpx


@dataclass(frozen=True)
class PbmSettings:
    base_url: str
    ca_bundle: str
    client_cert: str
    client_key: str
    timeout: float = 15.0


def _tls_context(cfg: PbmSettings) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=cfg.ca_bundle)
    ctx.load_cert_chain(certfile=cfg.client_cert, keyfile=cfg.client_key)
    return ctx


class EligibilityClient:
    def __init__(self, cfg: PbmSettings) -> None:
        self._client = httpx.AsyncClient(
            base_url=cfg.base_url,
            verify=_tls_context(cfg),
            timeout=cfg.timeout,
        )

    async def check(self, bin_number: str, pcn: str, member_id: str, dob: str) -> dict:
        resp = await self._client.post(
            "/eligibility",
            json={"bin": bin_number, "pcn": pcn, "memberId": member_id, "dateOfBirth": dob},
        )
        resp.raise_for_status()
        return resp.json()

    async def aclose(self) -> None:
        await self._client.aclose()

    async def __aenter__(self) -> "EligibilityClient":
        return self

    async def __aexit__(self, *exc) -> None:
        await self.aclose()
