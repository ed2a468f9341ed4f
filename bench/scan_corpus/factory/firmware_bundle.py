"""Downloads and stages PLC firmware bundles published on the vendor portal."""
import hashlib
import os
import tarfile
import tempfile

import requests

PORTAL_URL = os.environ["FIRMWARE_PORTAL_URL"]
STAGING_ROOT = os.environ.get("FIRMWARE_STAGING", "/var/lib/fw-staging")


def download(model: str, version: str) -> str:
    url = f"{PORTAL_URL}/bundles/{model}/{version}.tar.gz"
    fd, path = tempfile.mkstemp(suffix=".tar.gz")
    digest = hashlib.sha256()
    with requests.get(url, stream=True, timeout=60) as resp, os.fdopen(fd, "wb") as out:
        resp.raise_for_status()
        for chunk in resp.iter_content(65536):
            digest.update(chunk)
            out.write(chunk)
    return path


def stage(model: str, version: str) -> str:
    archive = download(model, version)
    staging = os.path.join(STAGING_ROOT, model, version)
    os.makedirs(staging, exist_ok=True)
    with tarfile.open(archive, "r:gz") as tar:
        tar.extractall(staging)
    os.remove(archive)
    return staging
