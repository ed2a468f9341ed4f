"""Fetches shipping labels from the courier API and sends them to the dispatch printer."""
from __future__ import annotations

import hashlib
import logging
import os
from dataclasses import dataclass, field

import httpx

log = logging.getLogger("bindery.labels")


def key_fingerprint(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()[:10]


@dataclass
class CourierCredentials:
    account: str = field(default_factory=lambda: os.environ["COURIER_ACCOUNT"])
    api_key: str = field(default_factory=lambda: os.environ["COURIER_API_KEY"], repr=False)


class LabelFetcher:
    def __init__(self, creds: CourierCredentials | None = None, base_url: str | None = None) -> None:
        self.creds = creds or CourierCredentials()
        self.client = httpx.Client(
            base_url=base_url or os.environ["COURIER_API_URL"],
            headers={"X-Api-Key": self.creds.api_key},
            timeout=20.0,
        )

    def fetch_zpl(self, shipment_id: str) -> str:
        log.info(
            "requesting label shipment=%s account=%s key_fp=%s",
            shipment_id,
            self.creds.account,
            key_fingerprint(self.creds.api_key),
        )
        resp = self.client.get(f"/v2/shipments/{shipment_id}/label", params={"format": "zpl"})
        if resp.status_code == 401:
            log.error("courier rejected credentials for account %s", self.creds.account)
        resp.raise_for_status()
        return resp.text

    def print_label(self, shipment_id: str, printer) -> None:
        zpl = self.fetch_zpl(shipment_id)
        printer.write(zpl.encode("ascii"))
        log.info("label for shipment %s sent to %s", shipment_id, printer.name)


def print_batch(shipment_ids: list[str], printer) -> int:
    fetcher = LabelFetcher()
    for sid in shipment_ids:
        fetcher.print_label(sid, printer)
    return len(shipment_ids)
