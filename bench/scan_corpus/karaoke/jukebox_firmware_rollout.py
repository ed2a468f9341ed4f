"""Firmware rollout for venue jukeboxes.

Each device polls the rollout manifest, skips the update if it already runs the
target version, and checks the downloaded image against the manifest checksum
before handing it to the installer.
"""
from __future__ import annotations

import hashlib
import subprocess
from dataclasses import dataclass
from pathlib import Path

import requests

DOWNLOAD_DIR = Path("/var/lib/jukebox/firmware")
INSTALLER = "/usr/local/bin/jukebox-install-firmware"
CA_BUNDLE = "/etc/jukebox/ca/fleet-ca.pem"


@dataclass(frozen=True)
class Manifest:
    channel: str
    version: str
    url: str
    sha256: str


def current_version() -> str:
    return Path("/etc/jukebox/firmware-version").read_text().strip()


def fetch_manifest(base_url: str, channel: str) -> Manifest:
    resp = requests.get(f"{base_url}/firmware/{channel}/manifest.json", timeout=15, verify=CA_BUNDLE)
    resp.raise_for_status()
    data = resp.json()
    return Manifest(channel, data["version"], data["url"], data["sha256"].lower())


def download(manifest: Manifest) -> Path:
    DOWNLOAD_DIR.mkdir(parents=True, exist_ok=True)
    target = DOWNLOAD_DIR / f"jukebox-{manifest.version}.img"
    digest = hashlib.sha256()
    with requests.get(manifest.url, stream=True, timeout=60, verify=CA_BUNDLE) as resp:
        resp.raise_for_status()
        with target.open("wb") as fh:
            for chunk in resp.iter_content(chunk_size=1 << 20):
                fh.write(chunk)
                digest.update(chunk)
    if digest.hexdigest() != manifest.sha256:
        target.unlink(missing_ok=True)
        raise ValueError(f"checksum mismatch for firmware {manifest.version}")
    return target


def apply_rollout(base_url: str, channel: str = "stable") -> bool:
    manifest = fetch_manifest(base_url, channel)
    if manifest.version == current_version():
        return False
    image = download(manifest)
    subprocess.run([INSTALLER, "--image", str(image), "--version", manifest.version], check=True)
    return True
