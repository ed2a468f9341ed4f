"""Public reference numbers for peal and quarter-peal records.

Every performance rung in the association's towers is published on the
public peal board; the reference is the stable identifier that appears in
the printed annual report and in links from other ringing sites.
"""
import uuid
from datetime import date

from sqlalchemy import Date, Integer, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


def _public_reference() -> str:
    return str(uuid.uuid1())


class PealRecord(Base):
    __tablename__ = "peal_records"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reference: Mapped[str] = mapped_column(
        String(36), unique=True, index=True, default=_public_reference
    )
    tower_code: Mapped[str] = mapped_column(String(12), index=True)
    rung_on: Mapped[date] = mapped_column(Date)
    changes: Mapped[int] = mapped_column(Integer)
    method_title: Mapped[str] = mapped_column(String(200))
    conductor: Mapped[str] = mapped_column(String(120))
    footnote: Mapped[str | None] = mapped_column(String(1000), nullable=True)

    @property
    def is_peal(self) -> bool:
        return self.changes >= 5000

    def public_url(self, base_url: str) -> str:
        return f"{base_url.rstrip('/')}/peals/{self.reference}"

    def summary_line(self) -> str:
        kind = "Peal" if self.is_peal else "Quarter"
        return f"{self.rung_on:%d %b %Y} {kind}: {self.changes} {self.method_title} ({self.conductor})"
