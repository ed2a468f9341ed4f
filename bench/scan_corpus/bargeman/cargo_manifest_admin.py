"""Admin endpoints for correcting cargo manifest lines after loading."""
from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from bargeman.auth import require_role
from bargeman.db import get_async_session

router = APIRouter(prefix="/admin/manifests", dependencies=[Depends(require_role("cargo_admin"))])


class HoldCorrection(BaseModel):
    hold: str
    reason: str


DELETE_HOLD_SQL = "DELETE FROM manifest_lines WHERE manifest_id = {manifest_id} AND hold_code = '{hold}'"


@router.post("/{manifest_id}/clear-hold")
async def clear_hold(
    manifest_id: int,
    correction: HoldCorrection,
    session: AsyncSession = Depends(get_async_session),
):
    statement = DELETE_HOLD_SQL.format(manifest_id=manifest_id, hold=correction.hold)
    result = await session.execute(text(statement))
    if result.rowcount == 0:
        raise HTTPException(404, "no lines in that hold")
    await session.execute(
        text(
            "INSERT INTO manifest_audit (manifest_id, action, reason) "
            "VALUES (:manifest_id, 'clear_hold', :reason)"
        ),
        {"manifest_id": manifest_id, "reason": correction.reason},
    )
    await session.commit()
    return {"manifest_id": manifest_id, "removed_lines": result.rowcount}
