"""Verifies signed download links for pre-release WAVs sent to mix engineers.

Link query string: ?release=<id>&file=<asset key>&exp=<unix>&sig=<hex>.
The asset key must also belong to the release in the link.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import time
from dataclasses import dataclass

from fastapi import FastAPI, HTTPException, Query
from fastapi.responses import FileResponse

from asset_catalog import find_asset

app = FastAPI()


@dataclass(frozen=True)
class AssetRecord:
    release_id: int
    key: str
    path: str


def load_asset(key: str) -> AssetRecord | None:
    return find_asset(key)


class LinkSigner:
    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    @classmethod
    def from_env(cls) -> "LinkSigner":
        return cls(os.environ["ENGINEER_LINK_SECRET"].encode("utf-8"))

    def signature(self, release_id: int, key: str, expires: int) -> str:
        msg = f"{release_id}|{key}|{expires}".encode("utf-8")
        return hmac.new(self._secret, msg, hashlib.sha256).hexdigest()

    def matches(self, release_id: int, key: str, expires: int, sig: str) -> bool:
        return hmac.compare_digest(self.signature(release_id, key, expires), sig)


signer = LinkSigner.from_env()


@app.get("/engineer/download")
def engineer_download(
    release: int = Query(...),
    file: str = Query(..., max_length=64),
    exp: int = Query(...),
    sig: str = Query(..., max_length=128),
):
    if exp < time.time():
        raise HTTPException(status_code=410, detail="link expired")
    if not signer.matches(release, file, exp, sig):
        raise HTTPException(status_code=403, detail="bad signature")
    asset = load_asset(file)
    if asset is None or asset.release_id != release:
        raise HTTPException(status_code=404, detail="no such asset for this release")
    return FileResponse(asset.path, filename=f"{release}-{asset.key}.wav")
