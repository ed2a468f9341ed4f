"""Synchronise public data releases to a partner mirror.

The partner mirror uses a certificate issued by the consortium's private
CA, so the CA bundle is shipped with the deployment and pinned here.
"""
import hashlib
import logging
from pathlib import Path

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger("archive.mirror")

CHUNK = 1 << 20


def make_session(ca_bundle: Path, api_token: str) -> requests.Session:
    if not ca_bundle.is_file():
        raise FileNotFoundError(f"consortium CA bundle not found: {ca_bundle}")
    session = requests.Session()
    session.verify = str(ca_bundle)
    session.headers["Authorization"] = f"Bearer {api_token}"
    retry = Retry(total=5, backoff_factor=2, status_forcelist=(502, 503, 504))
    session.mount("https://", HTTPAdapter(max_retries=retry))
    return session


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def push_release(session: requests.Session, mirror_url: str, release_dir: Path) -> int:
    remote = session.get(f"{mirror_url}/manifest", timeout=30)
    remote.raise_for_status()
    have = {entry["name"]: entry["sha256"] for entry in remote.json()["files"]}

    pushed = 0
    for path in sorted(release_dir.glob("**/*.fits.fz")):
        name = path.relative_to(release_dir).as_posix()
        checksum = _sha256(path)
        if have.get(name) == checksum:
            continue
        with path.open("rb") as fh:
            resp = session.put(f"{mirror_url}/files/{name}", data=fh,
                               headers={"X-Checksum-SHA256": checksum}, timeout=600)
        resp.raise_for_status()
        pushed += 1
        log.info("pushed %s", name)
    return pushed
