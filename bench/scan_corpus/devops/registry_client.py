"""Thin client for the Docker registry v2 API used by the image-retention job."""
from __future__ import annotations

import os
import ssl
from typing import Iterator

import httpx

CA_BUNDLE = os.environ.get("REGISTRY_CA_BUNDLE")
MANIFEST_TYPES = ", ".join(
    [
        "application/vnd.oci.image.index.v1+json",
        "application/vnd.docker.distribution.manifest.v2+json",
    ]
)


def _tls_context() -> ssl.SSLContext:
    # internal registry is signed by the platform CA; fall back to system roots
    ctx = ssl.create_default_context(cafile=CA_BUNDLE) if CA_BUNDLE else ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


class RegistryClient:
    def __init__(self, base_url: str, **client_kwargs) -> None:
        client_kwargs.setdefault("timeout", 20.0)
        client_kwargs.setdefault("verify", _tls_context())
        self._http = httpx.Client(
            base_url=base_url,
            auth=(os.environ["REGISTRY_USER"], os.environ["REGISTRY_TOKEN"]),
            **client_kwargs,
        )

    def tags(self, repo: str) -> Iterator[str]:
        url = f"/v2/{repo}/tags/list"
        while url:
            resp = self._http.get(url, params={"n": 200})
            resp.raise_for_status()
            yield from resp.json().get("tags") or []
            url = resp.links.get("next", {}).get("url")

    def digest(self, repo: str, tag: str) -> str:
        resp = self._http.head(f"/v2/{repo}/manifests/{tag}", headers={"Accept": MANIFEST_TYPES})
        resp.raise_for_status()
        return resp.headers["Docker-Content-Digest"]

    def delete(self, repo: str, digest: str) -> None:
        self._http.delete(f"/v2/{repo}/manifests/{digest}").raise_for_status()

    def close(self) -> None:
        self._http.close()
