"""Nightly job: find thatch insurance certificates that are about to lapse.

Fire-retardant spray certificates and chimney inspection certificates usually
run for 12 months; customers' insurers refuse renewal without a current one,
so we email a reminder 30 days ahead.
"""
from __future__ import annotations

import logging
import os
import smtplib
from dataclasses import dataclass
from datetime import date, timedelta
from email.message import EmailMessage

import psycopg

log = logging.getLogger("jobs.cert_expiry")


@dataclass(frozen=True)
class JobSettings:
    db_host: str
    db_name: str
    db_user: str
    db_password: str
    smtp_host: str
    sender: str
    warn_days: int = 30

    @classmethod
    def from_env(cls) -> "JobSettings":
        return cls(
            db_host=os.environ["CERT_DB_HOST"],
            db_name=os.environ.get("CERT_DB_NAME", "certificates"),
            db_user=os.environ["CERT_DB_USER"],
            db_password=os.environ["CERT_DB_PASSWORD"],
            smtp_host=os.environ["SMTP_HOST"],
            sender=os.environ.get("REMINDER_SENDER", "office@localhost"),
        )

    @property
    def dsn(self) -> str:
        return f"postgresql://{self.db_user}:{self.db_password}@{self.db_host}/{self.db_name}"


def expiring(conn, within: int) -> list[tuple]:
    return conn.execute(
        "SELECT c.id, c.kind, c.expires_on, cu.email, p.house_name "
        "FROM certificates c JOIN properties p ON p.id = c.property_id "
        "JOIN customers cu ON cu.id = p.customer_id "
        "WHERE c.expires_on BETWEEN %s AND %s AND c.reminder_sent IS NULL",
        (date.today(), date.today() + timedelta(days=within)),
    ).fetchall()


def reminder(sender: str, to: str, kind: str, house: str, expires: date) -> EmailMessage:
    msg = EmailMessage()
    msg["From"], msg["To"] = sender, to
    msg["Subject"] = f"Your {kind} certificate for {house} expires on {expires:%d %B %Y}"
    msg.set_content(
        f"The {kind} certificate for {house} runs out on {expires:%d %B %Y}.\n"
        "Most thatch insurers need a current certificate at renewal. Reply to book a visit."
    )
    return msg


def run(settings: JobSettings) -> int:
    log.info("certificate expiry job connecting to %s", settings.dsn)
    sent = 0
    with psycopg.connect(settings.dsn) as conn, smtplib.SMTP(settings.smtp_host) as smtp:
        smtp.starttls()
        for cert_id, kind, expires, email, house in expiring(conn, settings.warn_days):
            smtp.send_message(reminder(settings.sender, email, kind, house, expires))
            conn.execute("UPDATE certificates SET reminder_sent = now() WHERE id = %s", (cert_id,))
            sent += 1
    log.info("sent %d certificate reminders", sent)
    return sent


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run(JobSettings.from_env())
