"""Push invoiced job cards to the cloud accounting package.

Runs every 15 minutes from cron. Each completed and invoiced job card becomes a
sales invoice on the customer's trade account in the accounting system.
"""
import logging
import os
from dataclasses import dataclass, field
from decimal import Decimal

import requests

log = logging.getLogger("tinsmith.accounting")


@dataclass
class AccountingConfig:
    base_url: str = os.environ.get("ACCOUNTING_API_URL", "https://api.accounting.example.com/v2")
    token: str = field(default_factory=lambda: os.environ["ACCOUNTING_API_TOKEN"])
    tenant_id: str = field(default_factory=lambda: os.environ["ACCOUNTING_TENANT_ID"])
    timeout: float = 20.0


@dataclass
class InvoiceLine:
    description: str
    qty: Decimal
    unit_price: Decimal
    nominal_code: str = "4000"


class AccountingClient:
    def __init__(self, cfg: AccountingConfig | None = None) -> None:
        self.cfg = cfg or AccountingConfig()
        self.session = requests.Session()
        self.session.headers.update({
            "Authorization": f"Bearer {self.cfg.token}",
            "Tenant-Id": self.cfg.tenant_id,
            "Accept": "application/json",
        })

    def create_invoice(self, account_code: str, job_no: str, lines: list[InvoiceLine]) -> str:
        payload = {
            "contact": {"accountNumber": account_code},
            "reference": job_no,
            "lineItems": [
                {"description": l.description, "quantity": str(l.qty),
                 "unitAmount": str(l.unit_price), "accountCode": l.nominal_code}
                for l in lines
            ],
        }
        resp = self.session.post(f"{self.cfg.base_url}/invoices", json=payload, timeout=self.cfg.timeout)
        if resp.status_code >= 400:
            log.error("invoice push for %s failed: %s headers=%s", job_no, resp.text[:500], resp.request.headers)
            resp.raise_for_status()
        return resp.json()["invoiceId"]


def sync_pending(repo, client: AccountingClient | None = None) -> int:
    client = client or AccountingClient()
    pushed = 0
    for job in repo.invoiced_not_synced():
        lines = [InvoiceLine(l.description, l.qty, l.unit_price) for l in job.lines]
        invoice_id = client.create_invoice(job.account_code, job.job_no, lines)
        repo.mark_synced(job.job_no, invoice_id)
        pushed += 1
    log.info("accounting sync pushed %d invoices", pushed)
    return pushed
