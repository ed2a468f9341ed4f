"""Client for the hosted review platform's bulk transfer API."""
import hashlib
import logging
from pathlib import Path

import certifi
import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger(__name__)


class TransferClient:
    def __init__(self, base_url: str, api_token: str, ca_bundle: str | None = None, timeout: int = 60):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {api_token}"
        # the vendor's private-cloud tenants chain to their own root CA
        self.session.verify = ca_bundle or certifi.where()
        self.session.mount(
            "https://",
            HTTPAdapter(max_retries=Retry(total=4, backoff_factor=2, status_forcelist=(502, 503, 504))),
        )

    def send_volume(self, matter_number: str, archive: Path) -> dict:
        resp = self.session.post(
            f"{self.base_url}/transfers",
            json={"matter": matter_number, "filename": archive.name},
            timeout=self.timeout,
        )
        resp.raise_for_status()
        transfer = resp.json()
        digest = hashlib.sha256()
        with archive.open("rb") as fh:
            data = fh.read()
            digest.update(data)
        put = self.session.put(transfer["upload_url"], data=data, timeout=self.timeout * 10)
        put.raise_for_status()
        done = self.session.post(
            f"{self.base_url}/transfers/{transfer['id']}/complete",
            json={"sha256": digest.hexdigest()},
            timeout=self.timeout,
        )
        done.raise_for_status()
        log.info("transfer %s complete for matter %s", transfer["id"], matter_number)
        return done.json()
