"""Downloads Safety Data Sheets listed by the ingredient supplier API into the SDS library."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

import requests
from werkzeug.utils import secure_filename

log = logging.getLogger("sds_downloader")


@dataclass(frozen=True)
class SdsSettings:
    api_url: str
    token: str
    library: Path

    @classmethod
    def from_env(cls) -> "SdsSettings":
        return cls(
            api_url=os.environ["SUPPLIER_API_URL"].rstrip("/"),
            token=os.environ["SUPPLIER_API_TOKEN"],
            library=Path(os.environ.get("SDS_DIR", "/srv/soapworks/sds")),
        )


class SdsDownloader:
    def __init__(self, settings: SdsSettings) -> None:
        self.settings = settings
        self.root = settings.library.resolve()
        self.http = requests.Session()
        self.http.headers["Authorization"] = f"Bearer {settings.token}"

    def _target(self, ingredient_code: str, supplied_name: str) -> Path:
        name = secure_filename(supplied_name) or "sds.pdf"
        target = (self.root / ingredient_code / name).resolve()
        if not target.is_relative_to(self.root):
            raise ValueError(f"refusing SDS path outside library: {supplied_name!r}")
        return target

    def fetch(self, ingredient_code: str) -> list[Path]:
        if not ingredient_code.replace("-", "").isalnum():
            raise ValueError("bad ingredient code")
        resp = self.http.get(
            f"{self.settings.api_url}/v2/ingredients/{ingredient_code}/documents",
            params={"type": "sds"},
            timeout=30,
        )
        resp.raise_for_status()
        saved = []
        for doc in resp.json()["documents"]:
            target = self._target(ingredient_code, doc["file_name"])
            target.parent.mkdir(parents=True, exist_ok=True)
            with self.http.get(doc["download_url"], stream=True, timeout=60) as dl:
                dl.raise_for_status()
                with target.open("wb") as fh:
                    for chunk in dl.iter_content(chunk_size=64 * 1024):
                        fh.write(chunk)
            log.info("stored SDS %s for %s", target.name, ingredient_code)
            saved.append(target)
        return saved


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    downloader = SdsDownloader(SdsSettings.from_env())
    for code in os.environ.get("SDS_INGREDIENTS", "").split(","):
        if code.strip():
            downloader.fetch(code.strip())
