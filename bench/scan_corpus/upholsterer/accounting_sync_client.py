"""Push paid invoices from the job system into the accounting package overnight."""
import logging
import os
from typing import Iterable, Mapping

import httpx

log = logging.getLogger("accounting.sync")

SENSITIVE_HEADERS = frozenset({"authorization", "xero-tenant-id", "cookie"})


def redact_headers(headers: Mapping[str, str]) -> dict[str, str]:
    return {k: ("[redacted]" if k.lower() in SENSITIVE_HEADERS else v) for k, v in headers.items()}


class AccountingClient:
    def __init__(self, access_token: str, tenant_id: str, base_url: str | None = None) -> None:
        self.http = httpx.Client(
            base_url=base_url or os.environ.get("ACCOUNTING_API_URL", "https://api.xero.com/api.xro/2.0"),
            headers={
                "Authorization": f"Bearer {access_token}",
                "Xero-Tenant-Id": tenant_id,
                "Accept": "application/json",
            },
            timeout=30.0,
        )

    def _post(self, path: str, body: dict) -> dict:
        response = self.http.post(path, json=body)
        if response.is_error:
            log.error(
                "Accounting API %s %s -> %s headers=%s",
                response.request.method, path, response.status_code,
                redact_headers(response.request.headers),
            )
            response.raise_for_status()
        return response.json()

    def push_invoices(self, invoices: Iterable[dict]) -> int:
        batch = [
            {
                "Type": "ACCREC",
                "Contact": {"Name": inv["customer_name"]},
                "InvoiceNumber": inv["number"],
                "Reference": inv["job_reference"],
                "LineItems": [{"Description": inv["description"], "Quantity": 1,
                               "UnitAmount": float(inv["net"]), "AccountCode": "200"}],
                "Status": "AUTHORISED",
            }
            for inv in invoices
        ]
        if not batch:
            return 0
        self._post("/Invoices", {"Invoices": batch})
        log.info("Pushed %d invoices to accounting", len(batch))
        return len(batch)
