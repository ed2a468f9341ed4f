import sqlite3
from datetime import date

from sqlalchemy import text

LEDGER_TABLES = {"sales": "ledger_sales", "purchases": "ledger_purchases"}
NIGHTLY_TABLES = ("audit_events", "audit_logins")
SORTABLE = ("name", "created_at")

EVENTS_SQL = "SELECT id, name FROM events WHERE owner_id = ? ORDER BY {column} {direction}"


# ---- a helper named for sorting that hands back the request's value as it is ----


def sort_params(args):
    column = args.get("sort", "created_at")
    direction = "DESC" if args.get("desc") else "ASC"
    return column, direction


def list_events(conn: sqlite3.Connection, owner_id, args):
    column, direction = sort_params(args)
    return conn.execute(
        # ruleid: sql-injection-formatted-query
        EVENTS_SQL.format(column=column, direction=direction), (owner_id,)
    ).fetchall()


def checked_sort_params(args):
    column = args.get("sort", "created_at")
    if column not in SORTABLE:
        raise ValueError(column)
    direction = "DESC" if args.get("desc") else "ASC"
    return column, direction


def list_events_checked(conn: sqlite3.Connection, owner_id, args):
    column, direction = checked_sort_params(args)
    return conn.execute(
        # ok: sql-injection-formatted-query
        EVENTS_SQL.format(column=column, direction=direction), (owner_id,)
    ).fetchall()


# ---- a join of conditions wrapped to give a default ----


def _filter_clause(flt):
    parts, params = [], []
    if flt.city:
        parts.append("a.city = %s")
        params.append(flt.city)
    if flt.name:
        parts.append(f"a.name ILIKE '{flt.name}%%'")
    # ruleid: sql-injection-formatted-query
    return (" AND ".join(parts) or "TRUE"), params


def _bound_filter_clause(flt):
    parts, params = [], []
    if flt.name:
        parts.append("a.name ILIKE %s")
        params.append(f"{flt.name}%")
    # ok: sql-injection-formatted-query
    return (" AND ".join(parts) or "TRUE"), params


# ---- a function of the module that runs the statement it is given ----


async def _rows(session, statement, **params):
    result = await session.execute(text(statement), params)
    return [dict(r._mapping) for r in result]


async def invoices_for(session, account_code: str, since: date | None = None):
    statement = "SELECT id, total FROM invoices i" + " WHERE i.account = '%s'" % account_code
    params = {}
    if since is not None:
        statement += " AND i.issued_on >= :since"
        params["since"] = since
    # ruleid: sql-injection-formatted-query
    return await _rows(session, statement, **params)


async def invoices_for_bound(session, account_code: str):
    statement = "SELECT id, total FROM invoices i WHERE i.account = :account"
    # ok: sql-injection-formatted-query
    return await _rows(session, statement, account=account_code)


# ---- a helper that looks the key up in an UPPER_CASE table, called in the string ----


def ledger_table(kind):
    return LEDGER_TABLES[kind]


def free_ledger_table(kind):
    return f"ledger_{kind}"


def ledger_total(session, kind, year):
    # ok: sql-injection-formatted-query
    stmt = text(f"SELECT sum(amount) FROM {ledger_table(kind)} WHERE year = :year")
    return session.execute(stmt, {"year": year}).scalar_one()


def free_ledger_total(session, kind, year):
    # ruleid: sql-injection-formatted-query
    stmt = text(f"SELECT sum(amount) FROM {free_ledger_table(kind)} WHERE year = :year")
    return session.execute(stmt, {"year": year}).scalar_one()


# ---- a table name made of whole numbers only ----


def month_table(month: date) -> str:
    return f"meter_readings_{month.year:04d}_{month.month:02d}"


def site_month_table(site: str, month: date) -> str:
    return f"meter_readings_{site}_{month.month:02d}"


def month_peak(engine, month: date):
    table = month_table(month)
    # ok: sql-injection-formatted-query
    stmt = text(f"SELECT max(kwh) FROM {table} WHERE kwh > :floor")
    with engine.connect() as conn:
        return conn.execute(stmt, {"floor": 0}).scalar_one()


def site_month_peak(engine, site: str, month: date):
    table = site_month_table(site, month)
    # ruleid: sql-injection-formatted-query
    stmt = text(f"SELECT max(kwh) FROM {table} WHERE kwh > :floor")
    with engine.connect() as conn:
        return conn.execute(stmt, {"floor": 0}).scalar_one()


# ---- a parameter filled from a loop over an UPPER_CASE constant ----


def purge_table(conn, table: str, cutoff):
    # ok: sql-injection-formatted-query
    return conn.execute(f"DELETE FROM {table} WHERE created_at < ?", (cutoff,)).rowcount


def nightly_purge(conn, cutoff):
    with conn:
        for table in NIGHTLY_TABLES:
            purge_table(conn, table, cutoff)


def trim_table(conn, table: str, cutoff):
    # ruleid: sql-injection-formatted-query
    return conn.execute(f"DELETE FROM {table} WHERE created_at < ?", (cutoff,)).rowcount


def trim_requested(conn, cutoff, requested):
    for table in requested:
        trim_table(conn, table, cutoff)
