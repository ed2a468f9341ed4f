"""Upload scanned heritage photographs to the trust's digital archive service."""
from __future__ import annotations

import logging
import mimetypes
import os
from pathlib import Path
from typing import Iterable

import requests

log = logging.getLogger("archive.photos")

ACCEPTED_SUFFIXES = {".jpg", ".jpeg", ".tif", ".tiff", ".png"}


class ArchiveClient:
    def __init__(self, base_url: str, token: str, collection: str) -> None:
        self.base_url = base_url.rstrip("/")
        self.collection = collection
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {token}"

    @classmethod
    def from_env(cls) -> "ArchiveClient":
        return cls(
            base_url=os.environ["ARCHIVE_API_URL"],
            token=os.environ["ARCHIVE_API_TOKEN"],
            collection=os.environ.get("ARCHIVE_COLLECTION", "keepers-cottages"),
        )

    def upload(self, path: Path, caption: str = "") -> str:
        mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        with path.open("rb") as fh:
            resp = self.session.post(
                f"{self.base_url}/collections/{self.collection}/items",
                files={"image": (path.name, fh, mime)},
                data={"caption": caption},
                timeout=120,
            )
        resp.raise_for_status()
        return resp.json()["item_id"]


def candidate_files(folder: Path) -> Iterable[Path]:
    for path in sorted(folder.iterdir()):
        if path.is_file() and path.suffix.lower() in ACCEPTED_SUFFIXES:
            yield path


def upload_folder(folder: Path) -> list[str]:
    client = ArchiveClient.from_env()
    ids = []
    for path in candidate_files(folder):
        item_id = client.upload(path, caption=path.stem.replace("_", " "))
        log.info("archived %s as %s", path.name, item_id)
        ids.append(item_id)
    return ids
