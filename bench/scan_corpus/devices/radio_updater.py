"""Applies radio-module firmware updates announced by the update server."""
import hashlib
import hmac
import logging
import subprocess
from pathlib import Path

import requests

log = logging.getLogger(__name__)

MTD_DEVICE = "/dev/mtd3"


def fetch_manifest(update_url: str, hw_rev: str) -> dict:
    resp = requests.get(f"{update_url}/radio/{hw_rev}/manifest.json", timeout=20)
    resp.raise_for_status()
    return resp.json()


def download_image(manifest: dict, download_dir: Path) -> Path:
    image = download_dir / f"radio-{manifest['sha256'][:16]}.bin"
    digest = hashlib.sha256()
    with requests.get(manifest["url"], stream=True, timeout=60) as resp, open(image, "wb") as fh:
        resp.raise_for_status()
        for chunk in resp.iter_content(chunk_size=65536):
            digest.update(chunk)
            fh.write(chunk)
    if not hmac.compare_digest(digest.hexdigest(), manifest["sha256"]):
        image.unlink(missing_ok=True)
        raise ValueError("radio image digest mismatch")
    return image


def apply_update(manifest: dict, image: Path) -> None:
    log.info("flashing radio firmware %s", manifest["version"])
    subprocess.run(f"flashcp -v {image} {MTD_DEVICE} && fw_setenv radio_version {manifest['version']}", shell=True, check=True)


def run_once(update_url: str, hw_rev: str, current_version: str, download_dir: Path) -> bool:
    manifest = fetch_manifest(update_url, hw_rev)
    if manifest["version"] == current_version:
        return False
    apply_update(manifest, download_image(manifest, download_dir))
    return True
