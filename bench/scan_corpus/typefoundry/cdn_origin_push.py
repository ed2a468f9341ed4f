"""Pushes compiled webfont files to the CDN origin storage endpoint."""

from __future__ import annotations

import hashlib
import http.client
import json
import os
import ssl
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator


@dataclass(frozen=True)
class OriginSettings:
    host: str
    port: int
    bucket: str
    token: str

    @classmethod
    def from_env(cls) -> "OriginSettings":
        return cls(
            host=os.environ["CDN_ORIGIN_HOST"],
            port=int(os.environ.get("CDN_ORIGIN_PORT", "443")),
            bucket=os.environ["CDN_ORIGIN_BUCKET"],
            token=os.environ["CDN_ORIGIN_TOKEN"],
        )


def _tls_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1
    return ctx


CONTENT_TYPES = {".woff2": "font/woff2", ".woff": "font/woff", ".css": "text/css"}


def iter_kit_files(build_dir: Path) -> Iterator[Path]:
    for path in sorted(build_dir.rglob("*")):
        if path.is_file() and path.suffix in CONTENT_TYPES:
            yield path


class OriginUploader:
    def __init__(self, settings: OriginSettings) -> None:
        self.settings = settings
        self._conn = http.client.HTTPSConnection(
            settings.host, settings.port, timeout=30, context=_tls_context()
        )

    def put(self, key: str, path: Path) -> str:
        data = path.read_bytes()
        digest = hashlib.sha256(data).hexdigest()
        self._conn.request(
            "PUT",
            f"/{self.settings.bucket}/{key}",
            body=data,
            headers={
                "Authorization": f"Bearer {self.settings.token}",
                "Content-Type": CONTENT_TYPES[path.suffix],
                "Cache-Control": "public, max-age=31536000, immutable",
                "X-Content-SHA256": digest,
            },
        )
        response = self._conn.getresponse()
        payload = response.read()
        if response.status not in (200, 201):
            raise RuntimeError(f"origin rejected {key}: {response.status}")
        return json.loads(payload or b"{}").get("etag", digest)

    def publish_kit(self, kit_id: str, build_dir: Path) -> dict[str, str]:
        results = {}
        for path in iter_kit_files(build_dir):
            key = f"kits/{kit_id}/{path.relative_to(build_dir).as_posix()}"
            results[key] = self.put(key, path)
        return results

    def close(self) -> None:
        self._conn.close()
