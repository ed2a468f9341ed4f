"""Background job that emails students a reminder 24 hours before their lesson."""
import logging
import os
import smtplib
import ssl
from datetime import datetime, timedelta
from email.message import EmailMessage

import psycopg

log = logging.getLogger("reminders")

SMTP_OPTIONS = {
    "host": os.environ.get("SMTP_HOST", "smtp.mailgun.org"),
    "port": int(os.environ.get("SMTP_PORT", "465")),
    "user": os.environ.get("SMTP_USER", ""),
    "password": os.environ.get("SMTP_PASSWORD", ""),
    "min_tls": ssl.TLSVersion.TLSv1,
    "sender": "Strum Street Ukulele School <lessons@strumstreet.example>",
}


def tls_context(options: dict) -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    ctx.minimum_version = options["min_tls"]
    return ctx


def upcoming_lessons(conn, now: datetime):
    window_start = now + timedelta(hours=23)
    window_end = now + timedelta(hours=25)
    return conn.execute(
        """
        SELECT b.id, s.email, s.display_name, l.starts_at, t.display_name
          FROM bookings b
          JOIN students s ON s.id = b.student_id
          JOIN lesson_slots l ON l.id = b.slot_id
          JOIN teachers t ON t.id = l.teacher_id
         WHERE l.starts_at BETWEEN %s AND %s AND b.reminder_sent = false
        """,
        (window_start, window_end),
    ).fetchall()


def build_message(email: str, name: str, starts_at: datetime, teacher: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = SMTP_OPTIONS["sender"]
    msg["To"] = email
    msg["Subject"] = "Your ukulele lesson is tomorrow"
    msg.set_content(
        f"Hi {name},\n\nSee you {starts_at:%A at %H:%M} with {teacher}. "
        "Remember to tune up before class!\n"
    )
    return msg


def run() -> int:
    sent = 0
    with psycopg.connect(os.environ["DATABASE_URL"]) as conn:
        rows = upcoming_lessons(conn, datetime.utcnow())
        if not rows:
            return 0
        with smtplib.SMTP_SSL(
            SMTP_OPTIONS["host"], SMTP_OPTIONS["port"], context=tls_context(SMTP_OPTIONS)
        ) as smtp:
            smtp.login(SMTP_OPTIONS["user"], SMTP_OPTIONS["password"])
            for booking_id, email, name, starts_at, teacher in rows:
                smtp.send_message(build_message(email, name, starts_at, teacher))
                conn.execute("UPDATE bookings SET reminder_sent = true WHERE id = %s", (booking_id,))
                sent += 1
    log.info("sent %d lesson reminders", sent)
    return sent


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run()
