"""Downloads firmware bundles for the handheld scanner fleet.

The firmware CDN is fronted by our private CA, so the client pins that CA
bundle instead of using the system trust store.
"""
import hashlib
import hmac
import logging
import re
import ssl
from pathlib import Path

import httpx

log = logging.getLogger(__name__)

_VERSION_RE = re.compile(r"^\d+\.\d+\.\d+$")


class FirmwareClient:
    def __init__(self, base_url: str, ca_bundle: str, device_token: str):
        ctx = ssl.create_default_context(cafile=ca_bundle)
        ctx.minimum_version = ssl.TLSVersion.TLSv1_2
        self._http = httpx.Client(
            base_url=base_url,
            verify=ctx,
            timeout=httpx.Timeout(30.0, connect=5.0),
            headers={"Authorization": f"Bearer {device_token}"},
        )

    def latest(self, model: str, channel: str = "stable") -> dict:
        resp = self._http.get(f"/v1/firmware/{model}/{channel}/latest")
        resp.raise_for_status()
        return resp.json()

    def download(self, model: str, release: dict, dest_dir: Path) -> Path:
        version = release["version"]
        if not _VERSION_RE.match(version):
            raise ValueError(f"unexpected version string {version!r}")
        dest = dest_dir / f"fw-{version}.bin"
        digest = hashlib.sha256()
        with self._http.stream("GET", f"/v1/firmware/{model}/{version}/bundle") as resp:
            resp.raise_for_status()
            with dest.open("wb") as fh:
                for chunk in resp.iter_bytes(1 << 16):
                    digest.update(chunk)
                    fh.write(chunk)
        if not hmac.compare_digest(digest.hexdigest(), release["sha256"]):
            dest.unlink(missing_ok=True)
            raise ValueError(f"checksum mismatch for {dest.name}")
        log.info("downloaded firmware %s for %s", version, model)
        return dest

    def close(self) -> None:
        self._http.close()
