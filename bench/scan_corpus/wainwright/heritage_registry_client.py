"""Looks up vehicles on the heritage horse-drawn vehicle register.

Restoration jobs record the register number; before work starts we pull
the registered history to attach to the restoration log.
"""
import os
import ssl
from dataclasses import dataclass

import httpx

REGISTRY_URL = os.environ.get("HERITAGE_REGISTRY_URL", "https://api.hdv-register.org.uk")
CA_BUNDLE = os.environ.get("HERITAGE_REGISTRY_CA", "/etc/ssl/certs/ca-certificates.crt")


@dataclass
class RegisterEntry:
    register_no: str
    vehicle_type: str
    builder: str | None
    year_built: int | None
    previous_owners: int


def _tls_context(ca_file: str = CA_BUNDLE) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=ca_file)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


class HeritageRegistry:
    def __init__(self, token: str | None = None):
        self._client = httpx.AsyncClient(
            base_url=REGISTRY_URL,
            verify=_tls_context(),
            headers={"Authorization": f"Bearer {token or os.environ['HERITAGE_REGISTRY_TOKEN']}"},
            timeout=10.0,
        )

    async def lookup(self, register_no: str) -> RegisterEntry | None:
        resp = await self._client.get(f"/v1/vehicles/{register_no}")
        if resp.status_code == 404:
            return None
        resp.raise_for_status()
        data = resp.json()
        return RegisterEntry(
            register_no=data["register_no"],
            vehicle_type=data["type"],
            builder=data.get("builder"),
            year_built=data.get("year_built"),
            previous_owners=len(data.get("owners", [])),
        )

    async def history(self, register_no: str) -> list[dict]:
        resp = await self._client.get(f"/v1/vehicles/{register_no}/history")
        resp.raise_for_status()
        return resp.json().get("events", [])

    async def aclose(self) -> None:
        await self._client.aclose()

    async def __aenter__(self) -> "HeritageRegistry":
        return self

    async def __aexit__(self, *exc) -> None:
        await self.aclose()
