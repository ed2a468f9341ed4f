"""API authentication for museum collection-management integrations.

Several museum clients pull job status and condition reports for their
carriages straight into their collections systems. Each integration sends its
client id and API key in headers.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, FastAPI, Header, HTTPException, status
from sqlalchemy import select
from sqlalchemy.orm import Mapped, Session, mapped_column, DeclarativeBase

from .db import get_session


class Base(DeclarativeBase):
    pass


class MuseumIntegration(Base):
    __tablename__ = "museum_integrations"

    client_id: Mapped[str] = mapped_column(primary_key=True)
    museum_name: Mapped[str]
    api_key: Mapped[str]
    enabled: Mapped[bool] = mapped_column(default=True)


@dataclass
class IntegrationPrincipal:
    client_id: str
    museum_name: str
    api_key: str

    @classmethod
    def from_row(cls, row: MuseumIntegration) -> "IntegrationPrincipal":
        return cls(row.client_id, row.museum_name, row.api_key)

    def accepts(self, presented: str) -> bool:
        return bool(presented) and presented == self.api_key


def require_integration(
    x_client_id: Annotated[str, Header()],
    x_api_key: Annotated[str, Header()],
    db: Session = Depends(get_session),
) -> IntegrationPrincipal:
    row = db.scalar(
        select(MuseumIntegration).where(
            MuseumIntegration.client_id == x_client_id,
            MuseumIntegration.enabled.is_(True),
        )
    )
    if row is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unknown client")
    principal = IntegrationPrincipal.from_row(row)
    if not principal.accepts(x_api_key):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "bad credentials")
    return principal


app = FastAPI(title="Wheelwright museum integration API")


@app.get("/v1/jobs")
def list_jobs(
    principal: IntegrationPrincipal = Depends(require_integration),
    db: Session = Depends(get_session),
):
    from .models import JobCard

    cards = db.scalars(
        select(JobCard).where(JobCard.client_ref == principal.client_id).order_by(JobCard.opened_on)
    ).all()
    return [
        {"job": c.number, "object": c.object_description, "stage": c.stage, "opened": c.opened_on}
        for c in cards
    ]
