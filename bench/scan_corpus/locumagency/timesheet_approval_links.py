"""E-mail ward managers a one-click link to approve a locum's timesheet.

The link carries an opaque token; whoever opens it can approve the hours
for payroll without logging in to the agency portal.
"""

from __future__ import annotations

import os
import uuid
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
import smtplib

from sqlalchemy import text
from sqlalchemy.engine import Engine

APPROVAL_TTL = timedelta(days=5)


def _approval_token() -> str:
    return uuid.uuid1().hex


class TimesheetApprovalMailer:
    def __init__(self, engine: Engine, portal_base_url: str, smtp_host: str) -> None:
        self._engine = engine
        self._base = portal_base_url.rstrip("/")
        self._smtp_host = smtp_host

    @classmethod
    def from_env(cls, engine: Engine) -> "TimesheetApprovalMailer":
        return cls(engine, os.environ["PORTAL_BASE_URL"], os.environ["SMTP_HOST"])

    def _store_token(self, timesheet_id: int) -> str:
        token = _approval_token()
        with self._engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO timesheet_approvals (timesheet_id, token, expires_at) "
                    "VALUES (:tid, :tok, :exp)"
                ),
                {
                    "tid": timesheet_id,
                    "tok": token,
                    "exp": datetime.now(timezone.utc) + APPROVAL_TTL,
                },
            )
        return token

    def request_approval(self, timesheet_id: int, manager_email: str, locum_name: str, hours: float) -> None:
        token = self._store_token(timesheet_id)
        msg = EmailMessage()
        msg["Subject"] = f"Timesheet approval needed: {locum_name}"
        msg["From"] = os.environ.get("TIMESHEET_FROM", "timesheets@locum-agency.example")
        msg["To"] = manager_email
        msg.set_content(
            f"{locum_name} has submitted {hours:.2f} hours.\n\n"
            f"Approve: {self._base}/timesheets/approve/{token}\n"
            f"Query:   {self._base}/timesheets/query/{token}\n\n"
            f"This link expires in {APPROVAL_TTL.days} days."
        )
        with smtplib.SMTP(self._smtp_host, 587) as smtp:
            smtp.starttls()
            smtp.send_message(msg)
