"""Snapshot reconciliation for the desktop sync client.

The server keeps a compressed index of every file it holds for a device.
On start-up we pull that index, compare it with the local tree, and queue
uploads and downloads for whatever differs.
"""
import hashlib
import logging
import os
import pickle
import zlib
from dataclasses import dataclass
from pathlib import Path

import keyring
import requests

log = logging.getLogger(__name__)

KEYRING_SERVICE = "syncd"


@dataclass
class Plan:
    upload: list[str]
    download: list[str]


def local_index(root: Path) -> dict[str, str]:
    index = {}
    for dirpath, _dirs, files in os.walk(root):
        for name in files:
            full = Path(dirpath) / name
            rel = full.relative_to(root).as_posix()
            with open(full, "rb") as fh:
                index[rel] = hashlib.file_digest(fh, "sha256").hexdigest()
    return index


class SnapshotClient:
    def __init__(self, base_url: str, device_id: str):
        self.base_url = base_url.rstrip("/")
        self.device_id = device_id
        self.http = requests.Session()
        token = keyring.get_password(KEYRING_SERVICE, device_id)
        if token is None:
            raise RuntimeError("device is not signed in")
        self.http.headers["Authorization"] = f"Bearer {token}"

    def remote_index(self) -> dict[str, str]:
        resp = self.http.get(f"{self.base_url}/v1/devices/{self.device_id}/index", timeout=30)
        resp.raise_for_status()
        return pickle.loads(zlib.decompress(resp.content))

    def plan(self, root: Path) -> Plan:
        local = local_index(root)
        remote = self.remote_index()
        upload = sorted(p for p, h in local.items() if remote.get(p) != h)
        download = sorted(p for p in remote if p not in local)
        log.info("sync plan: %d up, %d down", len(upload), len(download))
        return Plan(upload=upload, download=download)
