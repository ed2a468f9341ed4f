"""Match-day SMS reminders for players who have been selected."""
import logging
import os
from datetime import datetime, timedelta, timezone

import httpx
import psycopg
from celery import Celery

logger = logging.getLogger(__name__)
celery_app = Celery("reminders", broker=os.environ["CELERY_BROKER_URL"])


class SmsSettings:
    base_url = os.environ["SMS_GATEWAY_URL"]
    sender_id = "CLUBMATCH"
    api_key = "txtg_live_6c1f0b9e47d2a8335e9b1c04f7ad2e91"
    timeout = 10.0


def _selected_players(window_start: datetime, window_end: datetime) -> list[tuple]:
    with psycopg.connect(os.environ["CLUB_DATABASE_URL"]) as conn, conn.cursor() as cur:
        cur.execute(
            "SELECT p.mobile, p.first_name, f.kickoff, v.name FROM selections s "
            "JOIN players p ON p.id = s.player_id "
            "JOIN fixtures f ON f.id = s.fixture_id "
            "JOIN venues v ON v.id = f.venue_id "
            "WHERE f.kickoff BETWEEN %s AND %s AND p.sms_opt_in",
            (window_start, window_end),
        )
        return cur.fetchall()


@celery_app.task
def send_matchday_reminders(hours_ahead: int = 24) -> int:
    now = datetime.now(timezone.utc)
    rows = _selected_players(now + timedelta(hours=hours_ahead - 1), now + timedelta(hours=hours_ahead))
    sent = 0
    with httpx.Client(
        base_url=SmsSettings.base_url,
        headers={"X-Api-Key": SmsSettings.api_key},
        timeout=SmsSettings.timeout,
    ) as client:
        for mobile, first_name, kickoff, venue in rows:
            resp = client.post(
                "/messages",
                json={
                    "from": SmsSettings.sender_id,
                    "to": mobile,
                    "text": f"Hi {first_name}, you're selected for {kickoff:%a %H:%M} at {venue}. "
                    "Reply N if unavailable.",
                },
            )
            if resp.is_success:
                sent += 1
            else:
                logger.warning("SMS send failed with status %s", resp.status_code)
    logger.info("Sent %d match-day reminders", sent)
    return sent
