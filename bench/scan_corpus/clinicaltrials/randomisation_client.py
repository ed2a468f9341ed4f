"""Mutual-TLS client for the randomisation service.

The randomisation service only accepts client-certificate connections;
the CA bundle and client certificate paths come from the deployment's
secret mounts.
"""
import ssl
from typing import Any

import httpx


def _tls_context(ca_bundle: str | None, client_cert: str, client_key: str) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=ca_bundle)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(client_cert, client_key)
    return ctx


class RandomisationClient:
    def __init__(
        self,
        base_url: str,
        client_cert: str,
        client_key: str,
        ca_bundle: str | None = None,
        timeout: float = 15.0,
    ):
        self._client = httpx.Client(
            base_url=base_url,
            verify=_tls_context(ca_bundle, client_cert, client_key),
            timeout=timeout,
        )

    def randomise(self, study: str, site: str, subject: str, strata: dict[str, Any]) -> dict:
        resp = self._client.post(
            f"/v2/studies/{study}/subjects/{subject}/randomise",
            json={"site": site, "strata": strata},
        )
        resp.raise_for_status()
        return resp.json()

    def allocation_status(self, study: str, subject: str) -> dict:
        resp = self._client.get(f"/v2/studies/{study}/subjects/{subject}")
        resp.raise_for_status()
        return resp.json()

    def close(self) -> None:
        self._client.close()
