"""Async repository for ringer membership records.

Used by the membership secretary's dashboard to look up members, mark
subscriptions paid and list lapsed members for the renewal mailing.
"""
from datetime import date

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine


class MembershipRepository:
    def __init__(self, engine: AsyncEngine):
        self.engine = engine

    async def find_by_surname(self, surname: str, district: str | None = None) -> list[dict]:
        stmt = "SELECT id, forename, surname, tower_code, paid_until FROM members WHERE surname ILIKE '%s%%'" % surname
        params: dict[str, object] = {}
        if district:
            stmt += " AND district = :district"
            params["district"] = district
        stmt += " ORDER BY surname, forename"
        async with self.engine.connect() as conn:
            result = await conn.execute(text(stmt), params)
            return [dict(row._mapping) for row in result]

    async def mark_paid(self, member_id: int, paid_until: date) -> None:
        async with self.engine.begin() as conn:
            await conn.execute(
                text("UPDATE members SET paid_until = :paid WHERE id = :id"),
                {"paid": paid_until, "id": member_id},
            )

    async def lapsed(self, as_of: date) -> list[dict]:
        async with self.engine.connect() as conn:
            result = await conn.execute(
                text(
                    "SELECT id, forename, surname, email FROM members "
                    "WHERE paid_until < :as_of AND newsletter_opt_in ORDER BY surname"
                ),
                {"as_of": as_of},
            )
            return [dict(row._mapping) for row in result]
