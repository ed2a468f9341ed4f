"""Postgres-backed findings repository for the scan report importer."""
import psycopg

SORT_COLUMNS = {
    "severity": "severity DESC, last_seen DESC",
    "host": "host ASC, port ASC",
    "last_seen": "last_seen DESC",
}


class FindingsRepository:
    def __init__(self, dsn: str):
        self.dsn = dsn

    def _query(self, host: str | None, min_severity: int, sort: str) -> tuple[str, list]:
        order_by = SORT_COLUMNS.get(sort)
        if order_by is None:
            raise ValueError(f"unsupported sort key: {sort!r}")
        sql = "SELECT plugin_id, host, port, severity, title, last_seen FROM findings WHERE severity >= %s"
        params: list = [min_severity]
        if host:
            sql += " AND host = %s"
            params.append(host)
        return f"{sql} ORDER BY {order_by} LIMIT 500", params

    def open_findings(self, host: str | None = None, min_severity: int = 0, sort: str = "severity"):
        sql, params = self._query(host, min_severity, sort)
        with psycopg.connect(self.dsn) as conn, conn.cursor() as cur:
            cur.execute(sql, params)
            cols = [c.name for c in cur.description]
            return [dict(zip(cols, row)) for row in cur.fetchall()]

    def mark_resolved(self, plugin_id: int, host: str, port: int) -> int:
        with psycopg.connect(self.dsn) as conn:
            cur = conn.execute(
                "UPDATE findings SET resolved_at = now() WHERE plugin_id = %s AND host = %s AND port = %s",
                (plugin_id, host, port),
            )
            return cur.rowcount
