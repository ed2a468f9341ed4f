"""Nightly batch that releases approved farmer payouts through the bank API."""
import logging
from datetime import date

import requests
from celery import shared_task

from fellmonger.payments.repository import approved_unpaid, mark_submitted
from fellmonger.settings import BANK_API

log = logging.getLogger("fellmonger.payouts.batch")


def masked_account(account_number: str) -> str:
    digits = account_number.replace("-", "").replace(" ", "")
    return f"****{digits[-4:]}"


def bank_session() -> requests.Session:
    session = requests.Session()
    session.headers.update(
        {
            "Authorization": f"Bearer {BANK_API['access_token']}",
            "X-Client-Id": BANK_API["client_id"],
        }
    )
    return session


@shared_task(bind=True, max_retries=3, default_retry_delay=300)
def release_payouts(self, run_date: str | None = None):
    run_on = date.fromisoformat(run_date) if run_date else date.today()
    session = bank_session()
    submitted = 0
    for payout in approved_unpaid(run_on):
        body = {
            "reference": payout.reference,
            "amount": {"currency": "NZD", "value": f"{payout.net_cents / 100:.2f}"},
            "beneficiary": {"name": payout.account_name, "account": payout.account_number},
        }
        log.info(
            "submitting payout %s for supplier %s to account %s (%.2f NZD)",
            payout.reference,
            payout.supplier_code,
            masked_account(payout.account_number),
            payout.net_cents / 100,
        )
        resp = session.post(f"{BANK_API['base_url']}/v2/payments", json=body, timeout=30)
        if resp.status_code >= 500:
            raise self.retry()
        resp.raise_for_status()
        mark_submitted(payout, resp.json()["paymentId"])
        submitted += 1
    log.info("payout batch %s submitted %d payments", run_on, submitted)
    return submitted
