"""HTTP client the mirror uses to talk to upstream package indexes.

Many installs sit behind a TLS-intercepting corporate proxy, so an extra CA
bundle and a client certificate can be configured.
"""
import ssl
from typing import BinaryIO

import httpx

from .settings import MirrorSettings


def build_ssl_context(settings: MirrorSettings) -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    if settings.extra_ca_bundle:
        ctx.load_verify_locations(cafile=settings.extra_ca_bundle)
    if settings.client_cert:
        ctx.load_cert_chain(settings.client_cert, settings.client_key)
    return ctx


class UpstreamClient:
    def __init__(self, settings: MirrorSettings):
        self.settings = settings
        self._client = httpx.Client(
            base_url=settings.upstream_url,
            verify=build_ssl_context(settings),
            timeout=httpx.Timeout(30.0, connect=10.0),
            headers={"User-Agent": f"pkg-mirror/{settings.version}"},
            follow_redirects=True,
        )

    def simple_index(self, project: str) -> dict:
        resp = self._client.get(
            f"/simple/{project}/",
            headers={"Accept": "application/vnd.pypi.simple.v1+json"},
        )
        resp.raise_for_status()
        return resp.json()

    def stream_file(self, url: str, fh: BinaryIO) -> int:
        written = 0
        with self._client.stream("GET", url) as resp:
            resp.raise_for_status()
            for chunk in resp.iter_bytes():
                fh.write(chunk)
                written += len(chunk)
        return written

    def close(self) -> None:
        self._client.close()
