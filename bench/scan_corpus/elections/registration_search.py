"""Back-office search over voter registration applications."""
from psycopg import sql

SORTABLE = {
    "received": "received_at",
    "name": "last_name",
    "status": "status",
}
PAGE_SIZE = 50


def build_query(status: str | None, county_code: str, sort: str, page: int):
    column = SORTABLE.get(sort, "received_at")
    conditions = [sql.SQL("county_code = %s")]
    params: list = [county_code]
    if status:
        conditions.append(sql.SQL("status = %s"))
        params.append(status)
    query = sql.SQL(
        "SELECT application_id, last_name, first_name, status, received_at "
        "FROM registration_applications WHERE {where} ORDER BY {order} DESC "
        "LIMIT %s OFFSET %s"
    ).format(
        where=sql.SQL(" AND ").join(conditions),
        order=sql.Identifier(column),
    )
    params.extend([PAGE_SIZE, max(page, 0) * PAGE_SIZE])
    return query, params


def search_applications(conn, status, county_code, sort="received", page=0):
    query, params = build_query(status, county_code, sort, page)
    with conn.cursor() as cur:
        cur.execute(query, params)
        return cur.fetchall()
