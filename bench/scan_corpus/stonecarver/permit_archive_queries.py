"""Queries over archived cemetery permits (closed installations)."""

from datetime import date

from sqlalchemy import text
from sqlalchemy.orm import Session

from stonecarver.settings import settings

ARCHIVE_TABLE = settings.PERMIT_ARCHIVE_TABLE or "permit_archive"


class PermitArchive:
    """Read helper for the permit archive table."""

    def __init__(self, session: Session, table: str = ARCHIVE_TABLE):
        if not table.isidentifier():
            raise ValueError("archive table must be a plain identifier")
        self.session = session
        self.table = table

    def by_plot(self, cemetery_code: str, section: str, plot: str) -> list[dict]:
        stmt = text(
            f"SELECT permit_number, order_number, approved_on, inspector "
            f"FROM {self.table} "
            "WHERE cemetery_code = :cemetery AND section = :section AND plot = :plot "
            "ORDER BY approved_on DESC"
        )
        rows = self.session.execute(
            stmt, {"cemetery": cemetery_code, "section": section, "plot": plot}
        )
        return [dict(r) for r in rows.mappings()]

    def approved_between(self, start: date, end: date, inspector: str | None = None) -> int:
        sql = f"SELECT count(*) FROM {self.table} WHERE approved_on BETWEEN :start AND :end"
        params = {"start": start, "end": end}
        if inspector:
            sql += " AND inspector = :inspector"
            params["inspector"] = inspector
        return self.session.execute(text(sql), params).scalar_one()
