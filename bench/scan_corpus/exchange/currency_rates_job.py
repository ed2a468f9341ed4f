"""Celery beat task that snapshots closing FX rates for statement valuation."""
import logging
import os
from decimal import Decimal

import psycopg
import requests
from celery import Celery
from celery.schedules import crontab

app = Celery("fx_close", broker=os.environ["CELERY_BROKER_URL"])
log = logging.getLogger(__name__)

API_KEY_HEADER = "X-Api-Key"
API_KEY_ENV = "FX_RATES_API_KEY"
BASE_CCY = "USD"
QUOTE_CCYS = ("EUR", "GBP", "JPY", "CHF", "CAD", "AUD", "HKD", "SGD")

app.conf.beat_schedule = {
    "fx-close-snapshot": {"task": "currency_rates_job.snapshot_close",
                          "schedule": crontab(hour=21, minute=5, day_of_week="1-5")},
}


def _session() -> requests.Session:
    s = requests.Session()
    s.headers[API_KEY_HEADER] = os.environ[API_KEY_ENV]
    s.headers["Accept"] = "application/json"
    return s


@app.task(bind=True, max_retries=5, default_retry_delay=120)
def snapshot_close(self) -> int:
    try:
        resp = _session().get(
            f"{os.environ['FX_RATES_URL']}/close",
            params={"base": BASE_CCY, "symbols": ",".join(QUOTE_CCYS)},
            timeout=15,
        )
        resp.raise_for_status()
    except requests.RequestException as exc:
        raise self.retry(exc=exc)
    payload = resp.json()
    rows = [(BASE_CCY, ccy, Decimal(str(rate)), payload["date"])
            for ccy, rate in payload["rates"].items() if ccy in QUOTE_CCYS]
    with psycopg.connect(os.environ["BACKOFFICE_DSN"]) as conn:
        conn.cursor().executemany(
            "INSERT INTO fx_closing_rates (base_ccy, quote_ccy, rate, as_of) "
            "VALUES (%s, %s, %s, %s) ON CONFLICT (base_ccy, quote_ccy, as_of) "
            "DO UPDATE SET rate = EXCLUDED.rate",
            rows,
        )
    log.info("stored %d closing fx rates for %s", len(rows), payload["date"])
    return len(rows)
