"""Fetch locker controller firmware bundles from the regional mirror."""
from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field
from pathlib import Path

import httpx

log = logging.getLogger("lockerfw.mirror")


@dataclass(frozen=True)
class MirrorEndpoint:
    host: str
    port: int
    scheme: str = "https"

    def url(self, path: str) -> str:
        return f"{self.scheme}://{self.host}:{self.port}/{path.lstrip('/')}"


@dataclass
class MirrorSettings:
    endpoint: MirrorEndpoint = field(
        default_factory=lambda: MirrorEndpoint(host="10.42.7.15", port=8443)
    )
    timeout_s: float = 20.0
    ca_bundle: str = "/etc/lockerfw/ca.pem"


class FirmwareMirrorClient:
    def __init__(self, settings: MirrorSettings | None = None) -> None:
        self.settings = settings or MirrorSettings()
        self._client = httpx.Client(
            timeout=self.settings.timeout_s, verify=self.settings.ca_bundle
        )

    def manifest(self, hardware_rev: str) -> dict:
        url = self.settings.endpoint.url(f"manifests/{hardware_rev}.json")
        resp = self._client.get(url)
        resp.raise_for_status()
        return resp.json()

    def download(self, hardware_rev: str, dest: Path) -> Path:
        meta = self.manifest(hardware_rev)
        url = self.settings.endpoint.url(meta["bundle_path"])
        digest = hashlib.sha256()
        with self._client.stream("GET", url) as resp, dest.open("wb") as fh:
            resp.raise_for_status()
            for chunk in resp.iter_bytes():
                digest.update(chunk)
                fh.write(chunk)
        if digest.hexdigest() != meta["sha256"]:
            dest.unlink(missing_ok=True)
            raise ValueError(f"checksum mismatch for {hardware_rev}")
        log.info("downloaded firmware %s to %s", meta["version"], dest)
        return dest


if __name__ == "__main__":
    FirmwareMirrorClient().download("LC-400-r3", Path("/var/cache/lockerfw/bundle.bin"))
