"""Queries behind the public 'prices realised' pages."""

SORT_COLUMNS = {
    "lot": "r.lot_number",
    "price": "r.hammer_price",
    "estimate": "r.low_estimate",
}

BASE_QUERY = """
    SELECT r.lot_number, r.title, r.low_estimate, r.high_estimate, r.hammer_price, r.currency
      FROM lot_results r
     WHERE r.sale_code = %(sale_code)s AND r.status = 'sold'
"""


def _build_results_query(filters: dict, sort: str, descending: bool) -> tuple[str, dict]:
    clauses = []
    params = {"sale_code": filters["sale_code"]}
    if filters.get("min_price") is not None:
        clauses.append("r.hammer_price >= %(min_price)s")
        params["min_price"] = int(filters["min_price"])
    if filters.get("lot_numbers"):
        clauses.append("r.lot_number = ANY(%(lot_numbers)s)")
        params["lot_numbers"] = [int(n) for n in filters["lot_numbers"]]
    if filters.get("text"):
        clauses.append("r.title ILIKE %(text)s")
        params["text"] = f"%{filters['text']}%"

    order_by = SORT_COLUMNS.get(sort, SORT_COLUMNS["lot"])
    direction = "DESC" if descending else "ASC"
    sql = BASE_QUERY
    if clauses:
        sql += " AND " + " AND ".join(clauses)
    sql += f" ORDER BY {order_by} {direction}"
    return sql, params


def prices_realised(conn, filters: dict, sort: str = "lot", descending: bool = False) -> list[tuple]:
    sql, params = _build_results_query(filters, sort, descending)
    with conn.cursor() as cur:
        cur.execute(sql, params)
        return cur.fetchall()
