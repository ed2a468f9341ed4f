import logging
from dataclasses import asdict
import psycopg2.sql
import sqlite3

import pandas as pd
import psycopg2
from django.db import connection
from flask import request
from psycopg2 import sql
from sqlalchemy import text

SORT_COLUMNS = {"name": "name", "created": "created_at"}
ALLOWED_ORDER = {"asc", "desc"}
TABLE = "users"

REPORT_TABLES = {"registrations": ("consent_registrations", "registered_on")}


def find_user(conn: sqlite3.Connection, username):
    cur = conn.cursor()
    # ruleid: sql-injection-formatted-query
    cur.execute(f"SELECT * FROM users WHERE username = '{username}'")
    return cur.fetchone()


def find_user_percent(cur, username):
    # ruleid: sql-injection-formatted-query
    cur.execute("SELECT * FROM users WHERE username = '%s'" % username)


def find_user_format(cur, user_id):
    # ruleid: sql-injection-formatted-query
    cur.execute("SELECT * FROM users WHERE id = {}".format(user_id))


def find_user_concat(conn, email):
    # ruleid: sql-injection-formatted-query
    return conn.execute("SELECT * FROM users WHERE email = '" + email + "'").fetchall()


def search(conn):
    term = request.args.get("q", "")
    query = f"SELECT id, name FROM products WHERE name LIKE '%{term}%'"
    cur = conn.cursor()
    # ruleid: sql-injection-formatted-query
    cur.execute(query)


def delete_rows(conn, ids):
    stmt = "DELETE FROM items WHERE id IN (%s)" % ",".join(str(i) for i in ids)
    # ok: sql-injection-formatted-query
    conn.executescript(stmt)


def bulk_insert(cur, table, rows):
    # ruleid: sql-injection-formatted-query
    cur.executemany(f"INSERT INTO {table} (a, b) VALUES (?, ?)", rows)


def build_where(cur, name):
    query = "SELECT * FROM orders WHERE 1=1"
    query += " AND customer = '" + name + "'"
    # ruleid: sql-injection-formatted-query
    cur.execute(query)


def sqlalchemy_text(session, username):
    # ruleid: sql-injection-formatted-query
    stmt = text(f"SELECT * FROM users WHERE name = '{username}'")
    return session.execute(stmt).all()


def sqlalchemy_engine(engine, status):
    with engine.connect() as c:
        # ruleid: sql-injection-formatted-query
        return c.exec_driver_sql("SELECT * FROM jobs WHERE status = '%s'" % status)


def django_raw(Person, last_name):
    # ruleid: sql-injection-formatted-query
    return Person.objects.raw(f"SELECT * FROM myapp_person WHERE last_name = '{last_name}'")


def django_extra(Entry, tag):
    # ruleid: sql-injection-formatted-query
    return Entry.objects.extra(where=[f"tag = '{tag}'"])


def django_cursor(name):
    with connection.cursor() as cursor:
        # ruleid: sql-injection-formatted-query
        cursor.execute("UPDATE people SET active = 1 WHERE name = '%s'" % (name,))


def pandas_query(conn, region):
    # ruleid: sql-injection-formatted-query
    return pd.read_sql(f"SELECT * FROM sales WHERE region = '{region}'", conn)


def psycopg_direct(dsn, email):
    conn = psycopg2.connect(dsn)
    cur = conn.cursor()
    sql_text = "SELECT id FROM accounts WHERE email = '{email}'".format(email=email)
    # ruleid: sql-injection-formatted-query
    cur.execute(sql_text)


# ---- secure near-misses ----


def find_user_safe(conn, username):
    cur = conn.cursor()
    # ok: sql-injection-formatted-query
    cur.execute("SELECT * FROM users WHERE username = ?", (username,))


def find_user_pyformat(cur, username):
    # ok: sql-injection-formatted-query
    cur.execute("SELECT * FROM users WHERE username = %s", (username,))


def find_many(conn, ids):
    placeholders = ",".join("?" for _ in ids)
    # ok: sql-injection-formatted-query
    conn.execute(f"SELECT * FROM items WHERE id IN ({placeholders})", ids)


def sorted_users(conn, sort, direction):
    if sort not in SORT_COLUMNS:
        raise ValueError("bad sort column")
    if direction not in ALLOWED_ORDER:
        raise ValueError("bad direction")
    # ok: sql-injection-formatted-query
    conn.execute(f"SELECT * FROM users ORDER BY {sort} {direction}")


def sorted_by_map(conn, key):
    column = SORT_COLUMNS.get(key, "created_at")
    # ok: sql-injection-formatted-query
    conn.execute(f"SELECT * FROM users ORDER BY {column} LIMIT 50")


def constant_table(conn):
    # ok: sql-injection-formatted-query
    conn.execute(f"SELECT COUNT(*) FROM {TABLE}")


def constant_fstring(conn):
    # ok: sql-injection-formatted-query
    conn.execute(f"SELECT 1")


def like_param(cur, term):
    # ok: sql-injection-formatted-query
    cur.execute("SELECT * FROM products WHERE name LIKE ?", (f"%{term}%",))


def dynamic_filters(cur, name, city):
    clauses, params = [], []
    if name:
        clauses.append("name = ?")
        params.append(name)
    if city:
        clauses.append("city = ?")
        params.append(city)
    query = "SELECT * FROM customers"
    if clauses:
        query += " WHERE " + " AND ".join(clauses)
    # ok: sql-injection-formatted-query
    cur.execute(query, params)


def psycopg_identifiers(cur, table, user_id):
    stmt = sql.SQL("SELECT * FROM {} WHERE id = %s").format(sql.Identifier(table))
    # ok: sql-injection-formatted-query
    cur.execute(stmt, (user_id,))


def sqlalchemy_bound(session, username):
    # ok: sql-injection-formatted-query
    return session.execute(text("SELECT * FROM users WHERE name = :name"), {"name": username})


def limit_int(cur, limit):
    # ok: sql-injection-formatted-query
    cur.execute(f"SELECT * FROM events ORDER BY ts DESC LIMIT {int(limit)}")


TABLES = ("users", "orders")


def truncate_all(conn):
    for table in TABLES:
        # ok: sql-injection-formatted-query
        conn.execute(f"DELETE FROM {table}")


def delete_named(conn, names):
    for name in names:
        # ruleid: sql-injection-formatted-query
        conn.execute(f"DELETE FROM users WHERE name = '{name}'")


def filter_rows(conn, filters):
    query = "SELECT * FROM events WHERE 1=1"
    for col, val in filters.items():
        query += f" AND {col} = '{val}'"
    # ruleid: sql-injection-formatted-query
    return conn.execute(query).fetchall()


def _build_lookup(email=None, active_only=True):
    clauses = []
    if email:
        clauses.append("lower(email) = lower('%s')" % email)
    if active_only:
        clauses.append("deactivated_at IS NULL")
    where = " AND ".join(clauses) or "TRUE"
    # ruleid: sql-injection-formatted-query
    return "SELECT id, email FROM users WHERE " + where


def _build_search_url(base, term):
    # ok: sql-injection-formatted-query
    return base + "?q=%s" % term


def tickets_by_label(request, qs):
    label = request.GET.get("label")
    # ruleid: sql-injection-formatted-query
    return qs.extra(where=["'%s' = ANY(labels)" % label])


class InventoryDAO:
    filterable = ("sku", "name")

    def _conditions(self, **filters):
        parts = ["1=1"]
        for column, value in filters.items():
            if column not in self.filterable:
                raise ValueError(column)
            # ruleid: sql-injection-quoted-interpolation
            parts.append(f"{column} = '{value}'")
        # ruleid: sql-injection-formatted-query
        return " AND ".join(parts)

    def _safe_conditions(self, **filters):
        parts = ["1=1"]
        for column in filters:
            if column not in self.filterable:
                raise ValueError(column)
            parts.append(f"{column} = ?")
        # ok: sql-injection-formatted-query
        return " AND ".join(parts)


def _build_account_lookup(email=None):
    clauses, params = [], []
    if email:
        clauses.append("lower(email) = lower(%s)")
        params.append(email)
    where = " AND ".join(clauses) or "TRUE"
    # ok: sql-injection-formatted-query
    return "SELECT id, email FROM accounts WHERE " + where, params


def _history_sql(service, environment):
    # ruleid: sql-injection-formatted-query
    return (
        "SELECT id, status FROM deployments "
        f"WHERE service = '{service}' AND environment = '{environment}' "
        "ORDER BY finished_at DESC"
    )


def _history_sql_params():
    # ok: sql-injection-formatted-query
    return (
        "SELECT id, status FROM deployments "
        "WHERE service = %s AND environment = %s "
        "ORDER BY finished_at DESC"
    )


BASE_QUERY = "SELECT o.id FROM orders o JOIN customers c ON c.id = o.customer_id"


def _build_query(filters):
    clauses = ["o.store_id = %(store_id)s"]
    email = filters.get("email")
    if email:
        clauses.append(f"c.email ILIKE '%{email}%'")
    # ruleid: sql-injection-formatted-query
    return BASE_QUERY + " WHERE " + " AND ".join(clauses) + " LIMIT 100"


def _build_param_query(filters):
    clauses = ["o.store_id = %(store_id)s"]
    if filters.get("email"):
        clauses.append("c.email ILIKE %(email)s")
    # ok: sql-injection-formatted-query
    return BASE_QUERY + " WHERE " + " AND ".join(clauses) + " LIMIT 100"


_SORT_ORDERS = {"newest": "recorded_at DESC", "oldest": "recorded_at ASC"}


def readings_for(conn, sensor_ids, sort="newest"):
    try:
        order = _SORT_ORDERS[sort]
    except KeyError:
        raise ValueError(sort) from None
    sql = f"SELECT value FROM readings ORDER BY {order} LIMIT ?"
    # ok: sql-injection-formatted-query
    return conn.execute(sql, (100,)).fetchall()


SORT_COLUMNS = {"rating": "rating", "wins": "wins"}


def _order_clause(sort, direction):
    column = SORT_COLUMNS.get(sort)
    if column is None:
        raise ValueError(sort)
    return f"{column} {'ASC' if direction == 'asc' else 'DESC'}"


def list_rankings(conn, season_id, sort="rating", direction="desc", descending=False):
    order = "DESC" if descending else "ASC"
    sql = f"SELECT player_id FROM rankings WHERE season_id = ? ORDER BY {_order_clause(sort, direction)}, id {order}"
    # ok: sql-injection-formatted-query
    return conn.execute(sql, (season_id,)).fetchall()


def build_invoice_query(filters):
    clauses, params = ["i.account_id = %s"], [filters.account_id]
    if filters.customer:
        clauses.append(f"c.name ILIKE '%{filters.customer}%'")
    sql = BASE_QUERY + " WHERE " + " AND ".join(clauses)
    # ruleid: sql-injection-formatted-query
    return sql, params


def build_search_sql(term):
    # ruleid: sql-injection-formatted-query
    return (
        BASE_QUERY
        + " AND e.last_name ILIKE '%" + term.strip() + "%'"
        + " LIMIT 50"
    )


def build_story_sql(query):
    clauses = ["(s.headline ILIKE %s)"]
    params = [f"%{query.term}%"]
    sql = f"SELECT s.id FROM stories s WHERE {' AND '.join(clauses)} LIMIT %s"
    # ok: sql-injection-formatted-query
    return sql, params


def _where_clause(filters):
    clauses, params = [], []
    if filters.surname:
        clauses.append(f"p.holder_surname ILIKE '%{filters.surname}%'")
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    # ruleid: sql-injection-formatted-query
    return where, params


def delete_partition(conn, table, run_date):
    # ruleid: sql-injection-formatted-query
    stmt = psycopg2.sql.SQL("DELETE FROM {} WHERE run_date = '" + run_date + "'").format(psycopg2.sql.Identifier(table))
    # ruleid: sql-injection-formatted-query
    conn.cursor().execute(stmt)


CUSTOMER_QUERY = "SELECT c.id, c.surname FROM customers c"


def build_search(surname):
    where = f"WHERE c.surname ILIKE '{surname.strip()}%%'"
    # ruleid: sql-injection-formatted-query
    return f"{CUSTOMER_QUERY} {where} LIMIT 50"


def build_search_url(base, term):
    # ok: sql-injection-formatted-query
    return f"{base}/search?q={term}"


def _pairings_query(base, month):
    sql = """
        SELECT pairing_id FROM pairings
         WHERE home_base = '{base}' AND roster_month = '{month}'
    """
    # ruleid: sql-injection-formatted-query
    return sql.format(base=base, month=month)


def _pairings_query_params():
    sql = "SELECT pairing_id FROM pairings WHERE home_base = %s AND roster_month = %s"
    # ok: sql-injection-formatted-query
    return sql


def _report_query(table_label):
    template = "SELECT count(*) FROM {table}"
    # ok: sql-injection-formatted-query
    return template.format(table=REPORT_TABLES[table_label])


STANDINGS_SQL = "SELECT team, points FROM standings WHERE division_id = ? ORDER BY {order} DESC"
SORT_COLUMNS = {"points": "points", "goals": "goals_for"}


def standings(conn, division_id, sort_key):
    query = STANDINGS_SQL.format(order=SORT_COLUMNS[sort_key])
    # ok: sql-injection-formatted-query
    return conn.execute(query, (division_id,)).fetchall()


def standings_unchecked(conn, division_id, sort_key):
    query = STANDINGS_SQL.format(order=sort_key)
    # ruleid: sql-injection-formatted-query
    return conn.execute(query, (division_id,)).fetchall()


BASE_SELECT = "SELECT f.kickoff, h.name FROM fixtures f JOIN teams h ON h.id = f.home_team_id "


def build_query(team):
    where = f"WHERE h.name = '{team}' AND f.kickoff >= ? "
    # ruleid: sql-injection-formatted-query
    return BASE_SELECT + where + "ORDER BY f.kickoff"


class PatientRepository:
    BASE_QUERY = "SELECT p.id, p.name FROM patients p"

    def _build_search(self, fragment):
        where = f" WHERE p.name ILIKE '%{fragment}%'"
        # ruleid: sql-injection-formatted-query
        return f"{self.BASE_QUERY}{where} ORDER BY p.name"

    def _build_owner_search(self):
        # ok: sql-injection-formatted-query
        return f"{self.BASE_QUERY} WHERE p.owner_id = %s ORDER BY p.name"


def _point_in_time_sql(table, entity_ids):
    ids = ", ".join(f"'{e}'" for e in entity_ids)
    # ruleid: sql-injection-formatted-query
    return f"""
        SELECT * FROM {table}
        WHERE entity_id IN ({ids})
    """


def _point_in_time_params_sql(table, entity_ids):
    marks = ", ".join("%s" for _ in entity_ids)
    # ok: sql-injection-formatted-query
    return f"""
        SELECT * FROM features
        WHERE entity_id IN ({marks})
    """


def lookup(engine, entity_ids):
    query = _point_in_time_sql("features", entity_ids)
    with engine.connect() as conn:
        return conn.execute(text(query)).all()


def delete_sessions(cur, session_ids):
    quoted = ", ".join(["'%s'" % s for s in session_ids])
    # ruleid: sql-injection-formatted-query
    cur.execute("DELETE FROM sessions WHERE id IN (" + quoted + ")")


def _compile(filters):
    where = ["r.visibility = 'public'"]
    params = {"limit": 50}
    if filters.term:
        pattern = filters.term.strip().lower()
        where.append(f"lower(r.name) LIKE '%{pattern}%'")
    sql = "SELECT r.id FROM repos r WHERE " + " AND ".join(where)
    # ruleid: sql-injection-formatted-query
    return sql, params


def _compile_bound(filters):
    where = ["r.visibility = 'public'"]
    params = {"limit": 50}
    if filters.term:
        where.append("lower(r.name) LIKE :pattern")
        params["pattern"] = f"%{filters.term.strip().lower()}%"
    sql = "SELECT r.id FROM repos r WHERE " + " AND ".join(where)
    # ok: sql-injection-formatted-query
    return sql, params


def build_report(filters, limit=200):
    clauses, params = [], []
    if filters.surname:
        clauses.append("p.holder_surname ILIKE %s")
        params.append(f"%{filters.surname}%")
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    column = SORT_COLUMNS.get(filters.sort, SORT_COLUMNS["reported"])
    sql = f"{BASE_QUERY}{where} ORDER BY {column} LIMIT %s"
    # ok: sql-injection-formatted-query
    return sql, params + [limit]


def _where_clause(text, category):
    clauses = ["status = 'held'"]
    params = []
    if text:
        words = " ".join(text.split())
        clauses.append(f"description ILIKE '%%{words}%%'")
    if category:
        clauses.append("category = %s")
        params.append(category)
    # ruleid: sql-injection-formatted-query
    return " AND ".join(clauses), params
