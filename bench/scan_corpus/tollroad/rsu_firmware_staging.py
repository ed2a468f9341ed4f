"""Stages firmware components on a roadside unit from a release manifest."""
from __future__ import annotations

import hashlib
import json
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import requests

STAGING_ROOT = Path("/opt/rsu/staging")
RELEASE_ID = re.compile(r"^[0-9]{4}\.[0-9]{2}\.[0-9]+$")


@dataclass(frozen=True)
class Component:
    name: str
    install_path: str
    url: str
    sha256: str


def load_manifest(manifest_bytes: bytes) -> list[Component]:
    doc = json.loads(manifest_bytes)
    return [
        Component(c["name"], c["install_path"], c["url"], c["sha256"])
        for c in doc["components"]
    ]


def _download(url: str, dest: Path, expected_sha256: str) -> None:
    digest = hashlib.sha256()
    tmp = dest.with_name(dest.name + ".partial")
    with requests.get(url, stream=True, timeout=60) as resp:
        resp.raise_for_status()
        with tmp.open("wb") as fh:
            for chunk in resp.iter_content(chunk_size=65536):
                digest.update(chunk)
                fh.write(chunk)
    if digest.hexdigest() != expected_sha256:
        tmp.unlink(missing_ok=True)
        raise ValueError(f"checksum mismatch for {url}")
    tmp.replace(dest)


def stage_release(release_id: str, manifest_bytes: bytes) -> list[Path]:
    if not RELEASE_ID.fullmatch(release_id):
        raise ValueError(f"unrecognised release id {release_id!r}")
    release_dir = STAGING_ROOT / release_id
    if release_dir.exists():
        shutil.rmtree(release_dir)
    staged: list[Path] = []
    for component in load_manifest(manifest_bytes):
        target = release_dir / component.install_path
        target.parent.mkdir(parents=True, exist_ok=True)
        _download(component.url, target, component.sha256)
        staged.append(target)
    return staged


def fetch_and_stage(release_api: str, release_id: str) -> list[Path]:
    resp = requests.get(f"{release_api}/releases/{release_id}/manifest.json", timeout=30)
    resp.raise_for_status()
    return stage_release(release_id, resp.content)
