"""Keep the workshop's local copy of published pattern drawings up to date.

Standard pan, still and finial patterns are published as DXF files on the
company drawings site with a manifest of SHA-256 checksums. The workshop
terminals mirror them so the plasma cutter works offline.
"""
from __future__ import annotations

import hashlib
import logging
from pathlib import Path

import requests

log = logging.getLogger(__name__)

MANIFEST_URL = "https://drawings.copperbeater.example/patterns/manifest.json"
LOCAL_DIR = Path("/srv/workshop/patterns")


def local_checksum(path: Path) -> str | None:
    if not path.exists():
        return None
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fetch_manifest(session: requests.Session) -> list[dict]:
    resp = session.get(MANIFEST_URL, timeout=15)
    resp.raise_for_status()
    return resp.json()["files"]


def sync(session: requests.Session | None = None) -> list[str]:
    session = session or requests.Session()
    LOCAL_DIR.mkdir(parents=True, exist_ok=True)
    updated: list[str] = []
    for entry in fetch_manifest(session):
        name = Path(entry["name"]).name
        target = LOCAL_DIR / name
        if local_checksum(target) == entry["sha256"]:
            continue
        resp = session.get(entry["url"], timeout=60)
        resp.raise_for_status()
        if hashlib.sha256(resp.content).hexdigest() != entry["sha256"]:
            log.error("checksum mismatch downloading %s, keeping old copy", name)
            continue
        tmp = target.with_suffix(".part")
        tmp.write_bytes(resp.content)
        tmp.replace(target)
        updated.append(name)
        log.info("updated pattern %s (rev %s)", name, entry.get("revision", "?"))
    return updated


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    changed = sync()
    print(f"{len(changed)} pattern(s) updated")
