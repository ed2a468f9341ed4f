"""Downloads roast profiles published for the roaster machines.

The head roaster publishes approved profiles (charge temperature, gas and
airflow steps per phase) to the internal artifact store together with a
``manifest.json`` listing each file's SHA-256. The controller PC next to
each roaster runs this script to pull the profiles it is allowed to run.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
from pathlib import Path

import requests

log = logging.getLogger("roaster.profiles")

STORE_URL = os.environ["PROFILE_STORE_URL"].rstrip("/")
CA_BUNDLE = os.environ.get("PROFILE_STORE_CA", "/etc/roastery/ca.pem")
PROFILE_DIR = Path(os.environ.get("PROFILE_DIR", "/opt/roaster/profiles"))


class ChecksumMismatch(Exception):
    pass


def _fetch(path: str) -> bytes:
    response = requests.get(f"{STORE_URL}/{path}", timeout=30, verify=CA_BUNDLE)
    response.raise_for_status()
    return response.content


def verify_profile(name: str, content: bytes, manifest: dict[str, str]) -> None:
    actual = hashlib.sha256(content).hexdigest()
    if actual != manifest[name]:
        raise ChecksumMismatch(f"{name}: expected {manifest[name]}, got {actual}")


def sync_profiles(machine: str) -> list[str]:
    manifest = json.loads(_fetch(f"{machine}/manifest.json"))
    checksums: dict[str, str] = manifest["files"]
    PROFILE_DIR.mkdir(parents=True, exist_ok=True)
    updated = []
    for name in sorted(checksums):
        target = PROFILE_DIR / Path(name).name
        if target.exists() and hashlib.sha256(target.read_bytes()).hexdigest() == checksums[name]:
            continue
        content = _fetch(f"{machine}/{name}")
        verify_profile(name, content, checksums)
        target.write_bytes(content)
        updated.append(target.name)
        log.info("updated profile %s for %s", target.name, machine)
    return updated


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    changed = sync_profiles(os.environ["ROASTER_MACHINE_ID"])
    log.info("%d profiles updated", len(changed))
