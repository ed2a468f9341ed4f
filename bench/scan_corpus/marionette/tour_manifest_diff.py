"""Decides which script and cue files need re-uploading to the touring laptop.

Both sides publish a manifest of SHA-256 checksums; only files whose checksum differs
(or that are missing remotely) are transferred over the venue's often slow connection.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List

import requests

log = logging.getLogger(__name__)


@dataclass
class SyncPlan:
    upload: List[str]
    unchanged: List[str]
    remote_only: List[str]


def local_manifest(root: Path) -> Dict[str, str]:
    manifest = {}
    for path in sorted(root.rglob("*")):
        if path.is_file():
            manifest[path.relative_to(root).as_posix()] = hashlib.sha256(path.read_bytes()).hexdigest()
    return manifest


def remote_manifest(session: requests.Session, base_url: str) -> Dict[str, str]:
    response = session.get(f"{base_url.rstrip('/')}/manifest", timeout=15)
    response.raise_for_status()
    return response.json()["files"]


def plan_sync(local: Dict[str, str], remote: Dict[str, str]) -> SyncPlan:
    upload, unchanged = [], []
    for name, checksum in local.items():
        if remote.get(name) == checksum:
            unchanged.append(name)
        else:
            upload.append(name)
    remote_only = sorted(set(remote) - set(local))
    return SyncPlan(upload=upload, unchanged=unchanged, remote_only=remote_only)


def run_sync(session: requests.Session, base_url: str, root: Path) -> SyncPlan:
    plan = plan_sync(local_manifest(root), remote_manifest(session, base_url))
    for name in plan.upload:
        with (root / name).open("rb") as fh:
            session.put(f"{base_url.rstrip('/')}/files/{name}", data=fh, timeout=60).raise_for_status()
    log.info("uploaded %d files, %d unchanged", len(plan.upload), len(plan.unchanged))
    return plan
