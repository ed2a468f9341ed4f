"""Mirror the public catalogue export to the fair-stand laptops.

Before each fair the stand laptops pull the latest catalogue CSV and the
thumbnails pack so they can work offline in halls with no Wi-Fi.
"""
import hashlib
import logging
from pathlib import Path

import httpx

log = logging.getLogger(__name__)

EXPORT_BASE = "https://www.mapseller.co.uk/exports"
LOCAL_DIR = Path.home() / "mapseller-offline"
FILES = ("catalogue.csv", "thumbnails.zip")


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(65536), b""):
            h.update(chunk)
    return h.hexdigest()


def remote_manifest(client: httpx.Client) -> dict[str, str]:
    resp = client.get(f"{EXPORT_BASE}/manifest.json")
    resp.raise_for_status()
    return {entry["name"]: entry["sha256"] for entry in resp.json()["files"]}


def sync(client: httpx.Client) -> list[str]:
    LOCAL_DIR.mkdir(parents=True, exist_ok=True)
    manifest = remote_manifest(client)
    updated = []
    for name in FILES:
        target = LOCAL_DIR / name
        wanted = manifest[name]
        if target.exists() and sha256_of(target) == wanted:
            log.info("%s already current", name)
            continue
        tmp = target.with_suffix(target.suffix + ".part")
        with client.stream("GET", f"{EXPORT_BASE}/{name}") as resp:
            resp.raise_for_status()
            with tmp.open("wb") as fh:
                for chunk in resp.iter_bytes():
                    fh.write(chunk)
        if sha256_of(tmp) != wanted:
            tmp.unlink()
            raise RuntimeError(f"checksum mismatch for {name}")
        tmp.replace(target)
        updated.append(name)
    return updated


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    with httpx.Client(timeout=60) as c:
        print("updated:", ", ".join(sync(c)) or "nothing")
