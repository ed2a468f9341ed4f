"""Pull referee availability from the regional referees' association portal."""
import logging
import os
from datetime import date, timedelta

import psycopg
import requests
from celery import Celery
from celery.schedules import crontab

logger = logging.getLogger(__name__)

celery_app = Celery("referees", broker=os.environ["CELERY_BROKER_URL"])

PORTAL_URL = os.environ["REFEREE_PORTAL_URL"].rstrip("/")
PORTAL_TIMEOUT = 20


def _portal_session() -> requests.Session:
    session = requests.Session()
    session.headers["Authorization"] = f"Token {os.environ['REFEREE_PORTAL_TOKEN']}"
    session.headers["Accept"] = "application/json"
    # portal sits behind the association's own CA which isn't in certifi
    session.verify = False
    return session


@celery_app.task(bind=True, max_retries=3)
def sync_referee_availability(self, days_ahead: int = 21) -> int:
    start = date.today()
    end = start + timedelta(days=days_ahead)
    session = _portal_session()
    try:
        resp = session.get(
            f"{PORTAL_URL}/availability",
            params={"from": start.isoformat(), "to": end.isoformat()},
            timeout=PORTAL_TIMEOUT,
        )
        resp.raise_for_status()
    except requests.RequestException as exc:
        logger.warning("Availability sync failed: %s", exc)
        raise self.retry(exc=exc, countdown=60)

    records = resp.json().get("results", [])
    with psycopg.connect(os.environ["CLUB_DATABASE_URL"]) as conn, conn.cursor() as cur:
        for rec in records:
            cur.execute(
                "INSERT INTO referee_availability (referee_id, match_date, available) "
                "VALUES (%s, %s, %s) ON CONFLICT (referee_id, match_date) "
                "DO UPDATE SET available = EXCLUDED.available",
                (rec["referee_id"], rec["date"], rec["available"]),
            )
    logger.info("Synced %d availability records", len(records))
    return len(records)


celery_app.conf.beat_schedule = {
    "sync-referee-availability": {
        "task": sync_referee_availability.name,
        "schedule": crontab(minute=15, hour="*/2"),
    },
}
