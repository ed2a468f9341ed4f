from fastapi import HTTPException
from sqlalchemy import text

BREAKDOWNS = {
    "region": "s.region_code",
    "product": "p.product_line",
}


# --- a builder of this module filled with an allow-list's entry, refused when missing ------------

def _breakdown_sql(dimension: str) -> str:
    # ok: sql-injection-formatted-query
    return f"""
        SELECT {dimension} AS bucket, sum(s.amount) AS total
        FROM sales s JOIN products p ON p.id = s.product_id
        WHERE s.sold_on BETWEEN :start AND :end
        GROUP BY {dimension}
    """


async def sales_breakdown(session, start, end, by: str = "region"):
    dimension = BREAKDOWNS.get(by)
    if dimension is None:
        raise HTTPException(status_code=422, detail="unknown breakdown")
    result = await session.execute(text(_breakdown_sql(dimension)), {"start": start, "end": end})
    return [dict(row._mapping) for row in result]


# --- the same builder, but a caller hands it the request's value as it came ----------------------

def _totals_sql(dimension: str) -> str:
    # ruleid: sql-injection-formatted-query
    return f"SELECT {dimension} AS bucket, sum(amount) AS total FROM sales GROUP BY {dimension}"


async def sales_totals(session, by: str = "region"):
    dimension = BREAKDOWNS.get(by)
    if dimension is None:
        raise HTTPException(status_code=422, detail="unknown breakdown")
    return await session.execute(text(_totals_sql(dimension)))


async def sales_totals_raw(session, by: str):
    return await session.execute(text(_totals_sql(by)))


# --- looked up with .get but never refused: a default of None still reaches the builder ----------

def _count_sql(dimension: str) -> str:
    # ruleid: sql-injection-formatted-query
    return f"SELECT {dimension}, count(*) FROM sales GROUP BY {dimension}"


def sales_counts(conn, by: str):
    dimension = BREAKDOWNS.get(by, by)
    return conn.execute(text(_count_sql(dimension)))
