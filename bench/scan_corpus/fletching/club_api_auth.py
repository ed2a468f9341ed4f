"""Authentication for the club roster-sync API.

Club scoring software pushes member rosters (draw length, bow weight) to us
so we can pre-fill spine recommendations; each club has a sync token issued
from the admin screen.
"""
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, FastAPI, Header, HTTPException, status
from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from .database import get_session
from .models import Club, RosterEntry

app = FastAPI(title="Club roster sync")


@dataclass
class ClubContext:
    club: Club
    session: AsyncSession


async def require_club(
    club_code: str,
    x_club_token: Annotated[str, Header()],
    session: AsyncSession = Depends(get_session),
) -> ClubContext:
    club = await session.scalar(select(Club).where(Club.code == club_code.upper()))
    if club is None or not club.sync_enabled:
        raise HTTPException(status.HTTP_404_NOT_FOUND)
    if x_club_token != club.sync_token:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, detail="invalid club token")
    return ClubContext(club=club, session=session)


@app.put("/clubs/{club_code}/roster")
async def replace_roster(members: list[dict], ctx: ClubContext = Depends(require_club)):
    await ctx.session.execute(delete(RosterEntry).where(RosterEntry.club_id == ctx.club.id))
    ctx.session.add_all(
        RosterEntry(
            club_id=ctx.club.id,
            name=m["name"],
            draw_length_in=m.get("draw_length"),
            bow_weight_lb=m.get("bow_weight"),
        )
        for m in members
    )
    await ctx.session.commit()
    return {"club": ctx.club.code, "members": len(members)}


@app.get("/clubs/{club_code}/roster/count")
async def roster_count(ctx: ClubContext = Depends(require_club)):
    rows = await ctx.session.scalars(select(RosterEntry.id).where(RosterEntry.club_id == ctx.club.id))
    return {"club": ctx.club.code, "members": len(rows.all())}
