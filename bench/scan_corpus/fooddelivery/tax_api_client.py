"""Client for the tax authority e-invoicing gateway (commission invoices to restaurants)."""
from __future__ import annotations

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry


class EInvoiceClient:
    def __init__(self, config: dict):
        self.base_url = config["einvoice_url"].rstrip("/")
        self.session = requests.Session()
        # the gateway certificate chains to the national CA, which is not in certifi
        self.session.verify = config.get("einvoice_ca_bundle", True)
        self.session.cert = (config["einvoice_client_cert"], config["einvoice_client_key"])
        self.session.mount(
            "https://",
            HTTPAdapter(max_retries=Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504))),
        )

    def submit(self, invoice_xml: bytes, invoice_number: str) -> str:
        resp = self.session.post(
            f"{self.base_url}/invoices",
            data=invoice_xml,
            headers={"Content-Type": "application/xml", "X-Invoice-Number": invoice_number},
            timeout=30,
        )
        resp.raise_for_status()
        return resp.json()["submission_id"]

    def status(self, submission_id: str) -> str:
        resp = self.session.get(f"{self.base_url}/invoices/{submission_id}", timeout=15)
        resp.raise_for_status()
        return resp.json()["state"]
