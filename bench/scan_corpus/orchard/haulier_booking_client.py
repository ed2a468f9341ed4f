"""Books refrigerated collections with the contracted haulier.

When a wholesale order is packed, this client books a reefer collection
from the cold store and records the haulier's job number.
"""
import logging
import os
from dataclasses import dataclass
from datetime import datetime

import requests

log = logging.getLogger("logistics.haulier")

HAULIER_API = {
    "base_url": os.environ.get("HAULIER_API_URL", "https://api.haulier.example/v1"),
    "key_env": "HAULIER_API_KEY",
    "timeout": 15,
}


def _redact(secret: str, visible: int = 4) -> str:
    if len(secret) <= visible:
        return "*" * len(secret)
    return "*" * (len(secret) - visible) + secret[-visible:]


@dataclass
class CollectionRequest:
    order_ref: str
    pallets: int
    set_point_c: float
    ready_at: datetime
    depot: str


class HaulierClient:
    def __init__(self, settings: dict = HAULIER_API):
        self.settings = settings
        self._key = os.environ[settings["key_env"]]
        self._session = requests.Session()
        self._session.headers.update({"X-Api-Key": self._key, "Accept": "application/json"})
        log.info("haulier client ready (key %s)", _redact(self._key))

    def book_collection(self, req: CollectionRequest) -> str:
        resp = self._session.post(
            f"{self.settings['base_url']}/collections",
            json={
                "reference": req.order_ref,
                "pallets": req.pallets,
                "temperature_c": req.set_point_c,
                "ready_at": req.ready_at.isoformat(),
                "collection_point": req.depot,
            },
            timeout=self.settings["timeout"],
        )
        if resp.status_code == 401:
            log.error("haulier rejected API key %s", _redact(self._key))
            resp.raise_for_status()
        resp.raise_for_status()
        job_no = resp.json()["job_number"]
        log.info("booked collection %s for order %s", job_no, req.order_ref)
        return job_no

    def cancel(self, job_no: str) -> None:
        resp = self._session.delete(
            f"{self.settings['base_url']}/collections/{job_no}", timeout=self.settings["timeout"]
        )
        resp.raise_for_status()
        log.info("cancelled collection %s", job_no)


if __name__ == "__main__":
    import sys

    logging.basicConfig(level=logging.INFO)
    client = HaulierClient()
    print(client.book_collection(CollectionRequest(sys.argv[1], int(sys.argv[2]), 1.0, datetime.now(), "hereford")))
