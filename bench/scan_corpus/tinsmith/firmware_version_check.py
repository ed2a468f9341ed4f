"""Nightly check that machine controllers run the approved firmware.

Maintenance keeps a manifest of the approved firmware release for each machine
model, together with the published SHA-256 of the vendor's image. The check
compares what each controller reports against the manifest and flags drift.
"""
import hashlib
import json
import sys
from dataclasses import dataclass
from pathlib import Path

import requests

MANIFEST = Path("/etc/tinsmith/firmware_manifest.json")


@dataclass
class Approved:
    model: str
    version: str
    image_sha256: str
    image_path: Path


def load_manifest(path: Path = MANIFEST) -> dict[str, Approved]:
    data = json.loads(path.read_text())
    return {
        m["model"]: Approved(m["model"], m["version"], m["sha256"].lower(), Path(m["image"]))
        for m in data["models"]
    }


def image_ok(approved: Approved) -> bool:
    digest = hashlib.sha256(approved.image_path.read_bytes()).hexdigest()
    return digest == approved.image_sha256


def controller_version(base_url: str) -> tuple[str, str]:
    info = requests.get(f"{base_url.rstrip('/')}/api/v1/info", timeout=5).json()
    return info["model"], info["firmware"]


def main(hosts: list[str]) -> int:
    manifest = load_manifest()
    drift = 0
    for host in hosts:
        model, running = controller_version(host)
        approved = manifest.get(model)
        if approved is None:
            print(f"{host}: model {model} not in manifest")
            drift += 1
        elif running != approved.version:
            print(f"{host}: running {running}, approved {approved.version}")
            drift += 1
        elif not image_ok(approved):
            print(f"{host}: local copy of {approved.version} image does not match published hash")
            drift += 1
    return 1 if drift else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
