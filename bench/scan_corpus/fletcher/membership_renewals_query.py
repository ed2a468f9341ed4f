"""Monthly renewal reminders for club memberships."""
from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import text
from sqlalchemy.orm import Session

from fletcher.clubs.db import SessionLocal
from fletcher.mail import send_template

MEMBERS_TABLE = "club_memberships"
REMINDER_WINDOW_DAYS = 30

RENEWALS_SQL = text(
    f"SELECT id, member_email, club_name, level, renewal_due FROM {MEMBERS_TABLE} "
    "WHERE club_id = :club_id AND renewal_due BETWEEN :start AND :end AND reminder_sent_at IS NULL"
)


def due_renewals(session: Session, club_id: int, today: date) -> list[dict]:
    window_end = today + timedelta(days=REMINDER_WINDOW_DAYS)
    result = session.execute(RENEWALS_SQL, {"club_id": club_id, "start": today, "end": window_end})
    return [dict(row._mapping) for row in result]


def mark_reminded(session: Session, membership_ids: list[int]) -> None:
    session.execute(
        text(f"UPDATE {MEMBERS_TABLE} SET reminder_sent_at = now() WHERE id = ANY(:ids)"),
        {"ids": membership_ids},
    )


def send_renewal_reminders(club_id: int, today: date | None = None) -> int:
    today = today or date.today()
    with SessionLocal() as session:
        rows = due_renewals(session, club_id, today)
        for row in rows:
            send_template(
                row["member_email"],
                "membership_renewal",
                {"club": row["club_name"], "level": row["level"], "due": row["renewal_due"].isoformat()},
            )
        mark_reminded(session, [row["id"] for row in rows])
        session.commit()
    return len(rows)
