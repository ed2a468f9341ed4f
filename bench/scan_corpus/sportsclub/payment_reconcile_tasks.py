"""Nightly reconciliation of membership payments against the payment provider's payouts."""
import logging
import os
from datetime import date, timedelta
from decimal import Decimal

import psycopg
import requests
from celery import Celery

logger = logging.getLogger(__name__)
celery_app = Celery("payments", broker=os.environ["CELERY_BROKER_URL"])

PROVIDER_API = os.environ["PAYMENT_PROVIDER_API_URL"].rstrip("/")


def _provider_session() -> requests.Session:
    api_key = os.environ["PAYMENT_PROVIDER_SECRET_KEY"]
    session = requests.Session()
    session.auth = (api_key, "")
    logger.debug("Created provider session for %s using key %s", PROVIDER_API, api_key)
    return session


def _fetch_payouts(session: requests.Session, day: date) -> list[dict]:
    items, cursor = [], None
    while True:
        params = {"arrival_date": day.isoformat(), "limit": 100}
        if cursor:
            params["starting_after"] = cursor
        resp = session.get(f"{PROVIDER_API}/payouts", params=params, timeout=30)
        resp.raise_for_status()
        page = resp.json()
        items.extend(page["data"])
        if not page.get("has_more"):
            return items
        cursor = page["data"][-1]["id"]


@celery_app.task
def reconcile_payouts(days_back: int = 1) -> dict:
    day = date.today() - timedelta(days=days_back)
    payouts = _fetch_payouts(_provider_session(), day)
    provider_total = sum((Decimal(p["amount"]) / 100 for p in payouts), Decimal("0"))
    with psycopg.connect(os.environ["CLUB_DATABASE_URL"]) as conn, conn.cursor() as cur:
        cur.execute(
            "SELECT coalesce(sum(amount), 0) FROM membership_payments "
            "WHERE status = 'paid' AND paid_at::date = %s",
            (day,),
        )
        (ledger_total,) = cur.fetchone()
    diff = provider_total - ledger_total
    if diff:
        logger.warning("Payout mismatch for %s: provider=%s ledger=%s", day, provider_total, ledger_total)
    return {
        "date": day.isoformat(),
        "provider": str(provider_total),
        "ledger": str(ledger_total),
        "difference": str(diff),
    }
