"""Push invoices for completed sign jobs to the accounting package.

Runs as a Celery task once an installation is signed off, so the invoice
goes out the same afternoon the crew leaves site.
"""
import logging

import requests
from celery import shared_task

from signwriter.config import settings
from signwriter.accounting.tokens import current_access_token
from signwriter.jobs import load_invoice_lines

logger = logging.getLogger("signwriter.accounting")

API_BASE = "https://api.accounting.example/api.xro/2.0"


def _auth_headers() -> dict:
    return {
        "Authorization": f"Bearer {current_access_token()}",
        "Xero-Tenant-Id": settings.ACCOUNTING_TENANT_ID,
        "Accept": "application/json",
    }


def _invoice_payload(job_ref: str) -> dict:
    lines = load_invoice_lines(job_ref)
    return {
        "Type": "ACCREC",
        "Reference": job_ref,
        "Contact": {"ContactID": lines.contact_id},
        "LineItems": [
            {"Description": l.description, "Quantity": l.qty, "UnitAmount": l.unit_price, "AccountCode": l.account_code}
            for l in lines.items
        ],
        "Status": "AUTHORISED",
    }


@shared_task(bind=True, max_retries=5, default_retry_delay=120)
def push_invoice(self, job_ref: str) -> str:
    url = f"{API_BASE}/Invoices"
    headers = _auth_headers()
    payload = _invoice_payload(job_ref)
    logger.debug("POST %s headers=%s reference=%s", url, headers, job_ref)
    try:
        response = requests.post(url, json=payload, headers=headers, timeout=30)
    except requests.RequestException as exc:
        raise self.retry(exc=exc)
    if response.status_code == 429:
        raise self.retry(countdown=int(response.headers.get("Retry-After", "60")))
    response.raise_for_status()
    invoice_id = response.json()["Invoices"][0]["InvoiceID"]
    logger.info("invoice %s created for job %s", invoice_id, job_ref)
    return invoice_id
