"""Client for pushing production volumes to the review vendor's transfer API."""
import hashlib
import logging
from pathlib import Path

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger(__name__)

CHUNK_SIZE = 8 * 1024 * 1024


class ProductionUploadClient:
    def __init__(self, base_url: str, api_token: str, timeout: int = 60):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers.update(
            {"Authorization": f"Bearer {api_token}", "User-Agent": "matterhub-production/2.4"}
        )
        # vendor's regional endpoints sit behind their own intermediate CA
        self.session.verify = False
        retry = Retry(total=5, backoff_factor=1.5, status_forcelist=(502, 503, 504))
        self.session.mount("https://", HTTPAdapter(max_retries=retry))

    def _url(self, path: str) -> str:
        return f"{self.base_url}/{path.lstrip('/')}"

    def create_transfer(self, matter_number: str, volume_label: str) -> str:
        resp = self.session.post(
            self._url("/transfers"),
            json={"matter": matter_number, "volume": volume_label},
            timeout=self.timeout,
        )
        resp.raise_for_status()
        return resp.json()["transfer_id"]

    def upload_volume(self, transfer_id: str, archive: Path) -> str:
        digest = hashlib.sha256()
        with archive.open("rb") as fh:
            part = 0
            while chunk := fh.read(CHUNK_SIZE):
                digest.update(chunk)
                resp = self.session.put(
                    self._url(f"/transfers/{transfer_id}/parts/{part}"),
                    data=chunk,
                    timeout=self.timeout,
                )
                resp.raise_for_status()
                part += 1
        log.info("uploaded %s in %d parts", archive.name, part)
        return digest.hexdigest()

    def finalize(self, transfer_id: str, sha256: str) -> dict:
        resp = self.session.post(
            self._url(f"/transfers/{transfer_id}/complete"),
            json={"sha256": sha256},
            timeout=self.timeout,
        )
        resp.raise_for_status()
        return resp.json()
