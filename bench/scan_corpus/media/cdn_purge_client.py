"""Async CDN purge client used by the video publishing pipeline."""
import logging
import os
import ssl
from typing import Iterable, Optional

import httpx

log = logging.getLogger(__name__)


def _tls_context(ca_bundle: Optional[str]) -> ssl.SSLContext:
    # Staging edges are signed by the internal CA; prod uses public roots.
    if ca_bundle:
        return ssl.create_default_context(cafile=ca_bundle)
    return ssl.create_default_context()


class VideoCdnPurger:
    def __init__(self, base_url: str, api_token: str, ca_bundle: Optional[str] = None):
        self._client = httpx.AsyncClient(
            base_url=base_url,
            headers={"Authorization": f"Bearer {api_token}"},
            verify=_tls_context(ca_bundle),
            timeout=httpx.Timeout(10.0),
        )

    @classmethod
    def from_env(cls) -> "VideoCdnPurger":
        return cls(
            base_url=os.environ["VIDEO_CDN_API_URL"],
            api_token=os.environ["VIDEO_CDN_API_TOKEN"],
            ca_bundle=os.environ.get("VIDEO_CDN_CA_BUNDLE"),
        )

    async def purge_paths(self, paths: Iterable[str]) -> None:
        body = {"paths": sorted(set(paths))}
        if not body["paths"]:
            return
        resp = await self._client.post("/v1/purge", json=body)
        resp.raise_for_status()
        log.info("purged %d video paths", len(body["paths"]))

    async def purge_asset(self, asset_id: str) -> None:
        await self.purge_paths([f"/hls/{asset_id}/*", f"/dash/{asset_id}/*", f"/thumbs/{asset_id}/*"])

    async def aclose(self) -> None:
        await self._client.aclose()
