"""Query river permits held for guided trips (navigation authority permits,
landowner access agreements, launch-site licences)."""
from __future__ import annotations

from datetime import date
from typing import Optional

from fastapi import Depends, FastAPI, Query
from sqlalchemy import text
from sqlalchemy.orm import Session

from .db import get_session


class PermitQuery:
    """Small fluent builder used by the permit screens and the nightly checks."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._filters: list[str] = []
        self._params: dict[str, object] = {}

    def valid_on(self, day: date) -> "PermitQuery":
        self._filters.append("valid_from <= :day AND valid_to >= :day")
        self._params["day"] = day
        return self

    def for_river(self, river_code: str) -> "PermitQuery":
        self._filters.append(f"river_code = '{river_code}'")
        return self

    def issued_by(self, authority: str) -> "PermitQuery":
        self._filters.append("authority = :authority")
        self._params["authority"] = authority
        return self

    def all(self) -> list[dict]:
        where = " AND ".join(self._filters) or "1 = 1"
        stmt = text(
            "SELECT reference, river_code, authority, valid_from, valid_to, max_craft "
            f"FROM river_permits WHERE {where} ORDER BY valid_to"
        )
        return [dict(r) for r in self.session.execute(stmt, self._params).mappings()]


app = FastAPI()


@app.get("/permits")
def list_permits(
    river: Optional[str] = Query(None, max_length=64),
    authority: Optional[str] = Query(None, max_length=64),
    on: Optional[date] = None,
    session: Session = Depends(get_session),
) -> list[dict]:
    query = PermitQuery(session)
    if river:
        query = query.for_river(river)
    if authority:
        query = query.issued_by(authority)
    if on:
        query = query.valid_on(on)
    return query.all()
