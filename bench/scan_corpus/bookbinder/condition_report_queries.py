"""Queries behind the condition-report list in the conservation portal.

Conservators filter reports by library, by damage type (red rot, detached
boards, water staining, insect damage...) and by free text in the
assessor's notes.
"""
from datetime import date

from sqlalchemy import Date, ForeignKey, Integer, String, Text, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class ConditionReport(Base):
    __tablename__ = "condition_reports"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    library_code: Mapped[str] = mapped_column(String(16), index=True)
    shelfmark: Mapped[str] = mapped_column(String(64))
    damage_type: Mapped[str] = mapped_column(String(32))
    notes: Mapped[str] = mapped_column(Text)
    assessed_on: Mapped[date] = mapped_column(Date)
    assessor_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))


def find_reports(
    db: Session,
    library_code: str | None = None,
    damage_types: list[str] | None = None,
    text: str | None = None,
    since: date | None = None,
    limit: int = 100,
) -> list[ConditionReport]:
    stmt = select(ConditionReport)
    if library_code:
        stmt = stmt.where(ConditionReport.library_code == library_code)
    if damage_types:
        stmt = stmt.where(ConditionReport.damage_type.in_(damage_types))
    if text:
        stmt = stmt.where(ConditionReport.notes.ilike(f"%{text}%"))
    if since:
        stmt = stmt.where(ConditionReport.assessed_on >= since)
    stmt = stmt.order_by(ConditionReport.assessed_on.desc()).limit(min(limit, 500))
    return list(db.scalars(stmt))


def reports_for_request(db: Session, args: dict) -> list[dict]:
    reports = find_reports(
        db,
        library_code=args.get("library"),
        damage_types=args.get("damage") or None,
        text=args.get("q"),
        since=date.fromisoformat(args["since"]) if args.get("since") else None,
    )
    return [
        {"id": r.id, "shelfmark": r.shelfmark, "damage": r.damage_type, "assessed": str(r.assessed_on)}
        for r in reports
    ]
