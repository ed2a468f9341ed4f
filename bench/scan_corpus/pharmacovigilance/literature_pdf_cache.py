"""Local cache of full-text PDFs retrieved for literature screening, keyed by DOI."""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from typing import Optional

import httpx


@dataclass(frozen=True)
class CacheConfig:
    directory: str = os.environ.get("LIT_PDF_CACHE", "/var/cache/pv/literature")
    resolver: str = "https://doi.org/"
    user_agent: str = "pv-literature-bot/2.3 (pv-lit@corp.example)"


class PdfCache:
    def __init__(self, config: CacheConfig = CacheConfig()) -> None:
        self.config = config
        os.makedirs(config.directory, exist_ok=True)

    @staticmethod
    def key_for(doi: str) -> str:
        normalised = doi.strip().lower().removeprefix("https://doi.org/")
        return hashlib.sha256(normalised.encode("utf-8")).hexdigest()

    def path_for(self, doi: str) -> str:
        key = self.key_for(doi)
        return os.path.join(self.config.directory, key[:2], f"{key}.pdf")

    def get(self, doi: str) -> Optional[bytes]:
        path = self.path_for(doi)
        if not os.path.exists(path):
            return None
        with open(path, "rb") as fh:
            return fh.read()

    def put(self, doi: str, content: bytes) -> str:
        path = self.path_for(doi)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        tmp = path + ".part"
        with open(tmp, "wb") as fh:
            fh.write(content)
        os.replace(tmp, path)
        return path

    def fetch(self, doi: str, client: httpx.Client) -> bytes:
        cached = self.get(doi)
        if cached is not None:
            return cached
        resp = client.get(
            self.config.resolver + doi.strip(),
            headers={"Accept": "application/pdf", "User-Agent": self.config.user_agent},
            follow_redirects=True,
            timeout=60,
        )
        resp.raise_for_status()
        if not resp.content.startswith(b"%PDF"):
            raise ValueError(f"{doi}: publisher did not return a PDF")
        self.put(doi, resp.content)
        return resp.content
