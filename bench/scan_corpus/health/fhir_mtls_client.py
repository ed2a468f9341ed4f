"""FHIR R4 client for hospital EHRs that require mutual TLS and a private CA."""
from __future__ import annotations

import os
import ssl
from typing import Any, Iterator

import httpx


def build_ssl_context(ca_bundle: str | None, client_cert: str, client_key: str) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=ca_bundle) if ca_bundle else ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(certfile=client_cert, keyfile=client_key)
    return ctx


class FhirClient:
    def __init__(self, base_url: str, access_token: str, timeout: float = 30.0):
        ctx = build_ssl_context(
            os.environ.get("FHIR_CA_BUNDLE"),
            os.environ["FHIR_CLIENT_CERT"],
            os.environ["FHIR_CLIENT_KEY"],
        )
        self.http = httpx.Client(
            base_url=base_url.rstrip("/"),
            verify=ctx,
            timeout=timeout,
            headers={
                "Accept": "application/fhir+json",
                "Authorization": f"Bearer {access_token}",
            },
        )

    def read(self, resource_type: str, resource_id: str) -> dict[str, Any]:
        resp = self.http.get(f"/{resource_type}/{resource_id}")
        resp.raise_for_status()
        return resp.json()

    def search(self, resource_type: str, **params: Any) -> Iterator[dict[str, Any]]:
        resp = self.http.get(f"/{resource_type}", params=params)
        while True:
            resp.raise_for_status()
            bundle = resp.json()
            for entry in bundle.get("entry", []):
                yield entry["resource"]
            nxt = next((l["url"] for l in bundle.get("link", []) if l["relation"] == "next"), None)
            if nxt is None:
                return
            resp = self.http.get(nxt)

    def close(self) -> None:
        self.http.close()
