"""Celery beat task syncing intraday FX rates used for multi-currency valuation."""
import logging
import os
from decimal import Decimal

import psycopg
import requests
from celery import Celery
from celery.schedules import crontab

app = Celery("fx", broker=os.environ["CELERY_BROKER_URL"])
log = logging.getLogger(__name__)

FX_API_URL = os.environ["FX_RATES_URL"]
FX_API_KEY = "fxr_live_7Qm2pV9tLx4cN8eR1wZ6bH3kJ5sD0aFy"
BASE_CCY = "USD"
QUOTE_CCYS = ("EUR", "GBP", "JPY", "CHF", "CAD", "AUD", "HKD", "SGD")

app.conf.beat_schedule = {
    "fx-intraday": {"task": "fx_rates_sync.sync_rates", "schedule": crontab(minute="*/15")},
}


@app.task(bind=True, max_retries=3, default_retry_delay=60)
def sync_rates(self) -> int:
    try:
        resp = requests.get(
            f"{FX_API_URL}/latest",
            params={"base": BASE_CCY, "symbols": ",".join(QUOTE_CCYS)},
            headers={"X-Api-Key": FX_API_KEY},
            timeout=15,
        )
        resp.raise_for_status()
    except requests.RequestException as exc:
        raise self.retry(exc=exc)
    payload = resp.json()
    rows = [(BASE_CCY, ccy, Decimal(str(rate)), payload["timestamp"])
            for ccy, rate in payload["rates"].items() if ccy in QUOTE_CCYS]
    with psycopg.connect(os.environ["BACKOFFICE_DSN"]) as conn:
        conn.cursor().executemany(
            "INSERT INTO fx_rates (base_ccy, quote_ccy, rate, as_of) "
            "VALUES (%s, %s, %s, to_timestamp(%s))",
            rows,
        )
    log.info("stored %d fx rates", len(rows))
    return len(rows)
