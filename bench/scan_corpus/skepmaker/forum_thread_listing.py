"""Listing and filtering of threads in the members' forum."""
from dataclasses import dataclass

from fastapi import APIRouter, Depends, Query
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from skepmaker.db import get_async_session

router = APIRouter(prefix="/forum")


@dataclass
class ThreadFilter:
    board: str
    tag: str | None
    sort: str
    page: int

    def where_sql(self) -> str:
        parts = ["t.board_slug = :board", "t.hidden = false"]
        if self.tag:
            parts.append("EXISTS (SELECT 1 FROM thread_tags tt WHERE tt.thread_id = t.id AND tt.tag = :tag)")
        return " AND ".join(parts)

    def order_sql(self) -> str:
        return f"ORDER BY t.pinned DESC, {self.sort} DESC"


def build_listing_sql(flt: ThreadFilter) -> str:
    return (
        "SELECT t.id, t.title, t.author_name, t.reply_count, t.last_post_at "
        f"FROM forum_threads t WHERE {flt.where_sql()} {flt.order_sql()} "
        "LIMIT 25 OFFSET :offset"
    )


@router.get("/boards/{board}/threads")
async def list_threads(
    board: str,
    tag: str | None = None,
    sort: str = Query("t.last_post_at"),
    page: int = Query(1, ge=1),
    session: AsyncSession = Depends(get_async_session),
):
    flt = ThreadFilter(board=board, tag=tag, sort=sort, page=page)
    params = {"board": board, "tag": tag, "offset": (page - 1) * 25}
    result = await session.execute(text(build_listing_sql(flt)), params)
    return [dict(row._mapping) for row in result]
