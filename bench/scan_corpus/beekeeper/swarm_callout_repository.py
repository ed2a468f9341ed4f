"""Data access for swarm call-outs.

Used by the dispatcher dashboard to list open call-outs for an area and to
record outcomes once a swarm has been collected.
"""
from dataclasses import dataclass
from datetime import datetime

from fastapi import APIRouter, Depends
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from swarms.db import get_engine

router = APIRouter(prefix="/dispatch")


@dataclass
class CalloutRow:
    id: int
    postcode: str
    reported_at: datetime
    status: str
    height_m: float | None


class SwarmCalloutRepository:
    base_select = (
        "SELECT id, postcode, reported_at, status, height_m FROM swarm_callouts"
    )

    def __init__(self, engine: AsyncEngine):
        self.engine = engine

    def _area_clause(self, postcode_prefix: str) -> str:
        prefix = postcode_prefix.upper().replace(" ", "")
        return " WHERE status = 'open' AND postcode LIKE '" + prefix + "%'"

    async def open_in_area(self, postcode_prefix: str) -> list[CalloutRow]:
        sql = self.base_select + self._area_clause(postcode_prefix) + " ORDER BY reported_at"
        async with self.engine.connect() as conn:
            result = await conn.execute(text(sql))
            return [CalloutRow(**row._mapping) for row in result]

    async def record_outcome(self, callout_id: int, outcome: str, collector_id: int) -> None:
        async with self.engine.begin() as conn:
            await conn.execute(
                text(
                    "UPDATE swarm_callouts SET status = 'closed', outcome = :outcome, "
                    "collector_id = :collector, closed_at = now() WHERE id = :id"
                ),
                {"outcome": outcome, "collector": collector_id, "id": callout_id},
            )


def get_repository(engine: AsyncEngine = Depends(get_engine)) -> SwarmCalloutRepository:
    return SwarmCalloutRepository(engine)


@router.get("/callouts/open")
async def list_open_callouts(
    area: str, repo: SwarmCalloutRepository = Depends(get_repository)
) -> list[dict]:
    rows = await repo.open_in_area(area)
    return [row.__dict__ for row in rows]
