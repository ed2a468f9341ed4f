"""Reminder e-mails for upcoming interviews (run every 15 minutes from cron)."""

import datetime as dt
import os
import smtplib
import ssl
from email.message import EmailMessage

import psycopg2

SMTP_HOST = os.environ["SMTP_HOST"]
SMTP_PORT = int(os.environ.get("SMTP_SSL_PORT", "465"))

TLS_CONTEXT = ssl.create_default_context()
TLS_CONTEXT.minimum_version = ssl.TLSVersion.TLSv1_2

UPCOMING_SQL = """
    SELECT i.id, c.email, c.first_name, i.starts_at, i.location
    FROM interviews i
    JOIN candidates c ON c.id = i.candidate_id
    WHERE i.reminder_sent_at IS NULL
      AND i.starts_at BETWEEN %s AND %s
"""


def due_interviews(conn, now: dt.datetime):
    with conn.cursor() as cur:
        cur.execute(UPCOMING_SQL, (now, now + dt.timedelta(hours=24)))
        return cur.fetchall()


def reminder(email: str, first_name: str, starts_at: dt.datetime, location: str) -> EmailMessage:
    msg = EmailMessage()
    msg["Subject"] = "Interview reminder"
    msg["From"] = os.environ.get("REMINDER_FROM", "no-reply@example.com")
    msg["To"] = email
    msg.set_content(
        f"Hi {first_name},\n\nA quick reminder that your interview is at "
        f"{starts_at:%H:%M %Z} on {starts_at:%A %d %B} ({location}).\n"
    )
    return msg


def main() -> None:
    now = dt.datetime.now(dt.timezone.utc)
    conn = psycopg2.connect(os.environ["ATS_DATABASE_URL"])
    try:
        rows = due_interviews(conn, now)
        if not rows:
            return
        with smtplib.SMTP_SSL(SMTP_HOST, SMTP_PORT, context=TLS_CONTEXT, timeout=30) as smtp:
            smtp.login(os.environ["SMTP_USER"], os.environ["SMTP_PASSWORD"])
            with conn.cursor() as cur:
                for interview_id, email, first_name, starts_at, location in rows:
                    smtp.send_message(reminder(email, first_name, starts_at, location))
                    cur.execute("UPDATE interviews SET reminder_sent_at = now() WHERE id = %s", (interview_id,))
        conn.commit()
    finally:
        conn.close()


if __name__ == "__main__":
    main()
