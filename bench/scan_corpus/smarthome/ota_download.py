"""Downloads OTA firmware images from the update service and checks their digest."""
from __future__ import annotations

import hashlib
import hmac
import re
import ssl
from dataclasses import dataclass
from pathlib import Path

import httpx

_SAFE_PART = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")


@dataclass
class OtaSettings:
    base_url: str
    ca_bundle: str
    download_dir: Path
    timeout: float = 30.0


class DigestMismatch(Exception):
    pass


class OtaDownloader:
    def __init__(self, settings: OtaSettings) -> None:
        self._settings = settings
        # the update service is signed by our private CA, not a public one
        context = ssl.create_default_context(cafile=settings.ca_bundle)
        self._client = httpx.Client(
            base_url=settings.base_url, verify=context, timeout=settings.timeout
        )

    def latest(self, model: str, channel: str = "stable") -> dict:
        resp = self._client.get(f"/v1/firmware/{model}/latest", params={"channel": channel})
        resp.raise_for_status()
        return resp.json()

    def download(self, release: dict) -> Path:
        for part in (release["model"], release["version"]):
            if not _SAFE_PART.fullmatch(part) or ".." in part:
                raise ValueError(f"unexpected release field {part!r}")
        target = self._settings.download_dir / f"{release['model']}-{release['version']}.bin"
        digest = hashlib.sha256()
        with self._client.stream("GET", release["url"]) as resp, target.open("wb") as fh:
            resp.raise_for_status()
            for chunk in resp.iter_bytes():
                digest.update(chunk)
                fh.write(chunk)
        if not hmac.compare_digest(digest.hexdigest(), release["sha256"]):
            target.unlink(missing_ok=True)
            raise DigestMismatch(f"digest mismatch for {target.name}")
        return target

    def close(self) -> None:
        self._client.close()
