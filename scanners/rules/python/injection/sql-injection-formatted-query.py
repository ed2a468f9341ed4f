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


def _tag_clause(tags):
    marks = ", ".join("%s" for _ in tags)
    # ok: sql-injection-formatted-query
    return f"tag IN ({marks})", list(tags)


class KeeperRotaRepository:
    @staticmethod
    def _shift_filter(section, keeper):
        clauses = ["s.day BETWEEN %(start)s AND %(end)s"]
        if section:
            clauses.append(f"sec.code = '{section}'")
        # ruleid: sql-injection-formatted-query
        return " AND ".join(clauses)


RUN_FILTERS = {"size": "r.size_band", "building": "r.building"}


def _filter_clause(args):
    clauses = []
    for param, column in RUN_FILTERS.items():
        value = args.get(param)
        if value:
            # ruleid: sql-injection-quoted-interpolation
            clauses.append("{} = '{}'".format(column, value))
    # ruleid: sql-injection-formatted-query
    return (" AND " + " AND ".join(clauses)) if clauses else ""


def _bound_filter_clause(args):
    clauses = []
    for param, column in RUN_FILTERS.items():
        if args.get(param):
            clauses.append(f"{column} = ?")
    # ok: sql-injection-formatted-query
    return (" AND " + " AND ".join(clauses)) if clauses else ""


def find_free_runs(conn, args):
    sql = "SELECT r.id FROM runs r WHERE r.active = 1" + _filter_clause(args)
    return conn.execute(sql).fetchall()


def search_runs(conn, filters):
    clauses = []
    for column, value in filters.items():
        clauses.append(f"{column} = '{value}'")
    # ruleid: sql-injection-formatted-query
    return conn.execute("SELECT id FROM runs WHERE " + " AND ".join(clauses)).fetchall()


def _section_clause(section):
    if not section:
        return ""
    # ruleid: sql-injection-formatted-query
    return "AND (c.section = '%s' OR c.section = 'tutti')" % section.lower()


def _section_filter(section):
    if not section:
        return ""
    # ok: sql-injection-formatted-query
    return "AND (c.section = %(section)s OR c.section = 'tutti')"


def calls_between(cur, section):
    query = "SELECT c.id FROM rehearsal_calls c WHERE c.active " + _section_clause(section)
    cur.execute(query)
    return cur.fetchall()


STAY_TABLES = {"touring": "touring_pitch_stays", "lodge": "holiday_lodge_stays"}


def _stay_table(accommodation):
    try:
        return STAY_TABLES[accommodation]
    except KeyError:
        raise ValueError(accommodation) from None


def _requested_table():
    return request.args["table"]


def nightly_occupancy(conn, accommodation, park_code):
    table = _stay_table(accommodation)
    sql = f"SELECT COUNT(*) FROM {table} WHERE park_code = ?"
    # ok: sql-injection-formatted-query
    return conn.execute(sql, (park_code,)).fetchone()


def nightly_occupancy_requested(conn, park_code):
    table = _requested_table()
    sql = f"SELECT COUNT(*) FROM {table} WHERE park_code = ?"
    # ruleid: sql-injection-formatted-query
    return conn.execute(sql, (park_code,)).fetchone()


def _category_clause(categories):
    if not categories:
        return "1=1"
    quoted = ", ".join(f"'{c.strip()}'" for c in categories)
    # ruleid: sql-injection-formatted-query
    return f"p.category IN ({quoted})"


def _in_list(column, values):
    quoted = "', '".join(v.strip().upper() for v in values)
    # ruleid: sql-injection-formatted-query
    return f" AND {column} IN ('{quoted}')"


def _in_placeholders(column, values):
    marks = ", ".join("?" for _ in values)
    # ok: sql-injection-formatted-query
    return f" AND {column} IN ({marks})"


HISTORY_TABLES = {"access": "hire_history_access", "plant": "hire_history_plant"}
GROUPINGS = {"depot": "depot_code", "month": "date_trunc('month', hire_date)"}


def _resolve(family, group_by):
    try:
        return HISTORY_TABLES[family], GROUPINGS[group_by]
    except KeyError as exc:
        raise ValueError(str(exc)) from None


def utilisation(cur, family, group_by, start):
    table, column = _resolve(family, group_by)
    sql = f"SELECT {column}, COUNT(*) FROM {table} WHERE hire_date >= %s GROUP BY {column}"
    # ok: sql-injection-formatted-query
    cur.execute(sql, (start,))


def _equipment_clause(equipment_class):
    # ruleid: sql-injection-formatted-query
    return f"e.class_code LIKE '{equipment_class}%'"


def _equipment_clause_bound():
    # ok: sql-injection-formatted-query
    return "e.class_code LIKE :equipment_class"


PARTY_ROOM_TABLES = {"disco": "party_disco", "arcade": "party_arcade"}


class PartyBookingRepository:
    def __init__(self, conn):
        self.conn = conn

    def _table(self, room):
        try:
            return PARTY_ROOM_TABLES[room]
        except KeyError:
            raise ValueError(f"unknown party room {room!r}") from None

    def _named(self, room):
        return f"party_{room}"

    def search_host(self, room, fragment):
        table = self._table(room)
        query = f"SELECT reference FROM {table} WHERE host_name ILIKE %s"
        # ok: sql-injection-formatted-query
        return self.conn.execute(query, (f"%{fragment}%",))

    def search_named(self, room, fragment):
        table = self._named(room)
        query = f"SELECT reference FROM {table} WHERE host_name ILIKE %s"
        # ruleid: sql-injection-formatted-query
        return self.conn.execute(query, (f"%{fragment}%",))


RENTAL_TABLES = {"boards": "rental_boards", "wetsuits": "rental_wetsuits"}


def _rental_table(kind):
    try:
        return RENTAL_TABLES[kind]
    except KeyError:
        raise ValueError(f"unknown inventory kind: {kind}") from None


def idle_rentals(conn, kind, since):
    query = f"SELECT sku FROM {_rental_table(kind)} WHERE last_rented_at < %s"
    cur = conn.cursor()
    # ok: sql-injection-formatted-query
    cur.execute(query, (since,))
    return cur.fetchall()


def idle_rentals_named(conn, kind, sku):
    query = f"SELECT sku FROM {_rental_table(kind)} WHERE sku = '{sku}'"
    cur = conn.cursor()
    # ruleid: sql-injection-formatted-query
    cur.execute(query)
    return cur.fetchall()


def idle_rentals_unchecked(conn, kind, since):
    query = f"SELECT sku FROM {kind.strip()} WHERE last_rented_at < %s"
    cur = conn.cursor()
    # ruleid: sql-injection-formatted-query
    cur.execute(query, (since,))
    return cur.fetchall()


METRIC_TABLES = {"ktv": "rollup_ktv_weekly", "urr": "rollup_urr_weekly"}


class MetricQuery:
    def __init__(self, metric, clinic_id):
        self.metric = metric
        self.clinic_id = clinic_id

    def table(self):
        try:
            return METRIC_TABLES[self.metric]
        except KeyError:
            raise ValueError(f"unknown metric {self.metric!r}") from None

    def label(self):
        return f"{self.metric}-weekly"


class MetricRepository:
    def __init__(self, conn):
        self.conn = conn

    def weekly_series(self, q):
        # ok: sql-injection-formatted-query
        sql = f"SELECT week_start, value FROM {q.table()} WHERE clinic_id = %(clinic)s"
        return self.conn.execute(sql, {"clinic": q.clinic_id})

    def network_average(self, metric):
        table = MetricQuery(metric, 0).table()
        # ok: sql-injection-formatted-query
        return self.conn.execute(f"SELECT avg(value) FROM {table}")

    def labelled_series(self, q):
        # ruleid: sql-injection-formatted-query
        return self.conn.execute(f"SELECT week_start, value FROM {q.label()}")


class ClauseBuilder:
    def fragments(self, extra):
        # ruleid: sql-injection-quoted-interpolation
        return [f"s.{column} = '{value}'" for column, value in extra.items()]

    def name_filters(self, prefixes):
        # ruleid: sql-injection-quoted-interpolation
        return " OR ".join(f"s.nurse_name LIKE '{prefix}%'" for prefix in prefixes)

    def bound_fragments(self, extra):
        # ok: sql-injection-quoted-interpolation
        return [f"s.{column} = :{column}" for column in extra]

    def count_fragment(self, limit):
        # ok: sql-injection-quoted-interpolation
        return f"s.attempts < {int(limit)}"

    def active_fragments(self, extra):
        # ok: sql-injection-quoted-interpolation
        return [f"s.{column}_state = 'active'" for column in extra]


class TreatmentSessionRepository:
    def __init__(self, engine):
        self._engine = engine
        self._clauses = ClauseBuilder()

    def list_sessions(self, extra):
        where = ["s.clinic_id = :clinic_id"] + self._clauses.fragments(extra)
        with self._engine.connect() as conn:
            return conn.execute(text("SELECT s.id FROM treatment_sessions s WHERE " + " AND ".join(where)))


class DivisionTables:
    mapping = {"men": "results_mens", "ladies": "results_ladies"}

    @classmethod
    def table_for(cls, division):
        try:
            return cls.mapping[division]
        except KeyError:
            raise ValueError(division) from None

    @classmethod
    def label_for(cls, division):
        return f"results_{division}"


class LeaderboardQueries:
    def __init__(self, conn):
        self.conn = conn

    def top(self, division, competition_id):
        table = DivisionTables.table_for(division)
        # ok: sql-injection-formatted-query
        return self.conn.execute(f"SELECT player_name FROM {table} WHERE competition_id = %s", (competition_id,))

    def top_labelled(self, division, competition_id):
        table = DivisionTables.label_for(division)
        # ruleid: sql-injection-formatted-query
        return self.conn.execute(f"SELECT player_name FROM {table} WHERE competition_id = %s", (competition_id,))


class AlterationQueue:
    tables = {"open": "alteration_tickets", "archived": "alteration_tickets_archive"}
    sort_columns = {"due": "due_date", "bride": "bride_name"}

    def __init__(self, conn):
        self.conn = conn

    def _table(self, state):
        if state not in self.tables:
            raise ValueError(state)
        return self.tables[state]

    def _order(self, sort):
        return self.sort_columns.get(sort, "due_date")

    def list_for(self, seamstress_id, state, sort):
        # ok: sql-injection-formatted-query
        sql = f"SELECT id FROM {self._table(state)} WHERE seamstress_id = ? ORDER BY {self._order(sort)}"
        return self.conn.execute(sql, (seamstress_id,)).fetchall()


REPORT_TABLES = {"registrations": ("consent_registrations", "registered_on")}


def _report_source(kind):
    if kind not in REPORT_TABLES:
        raise ValueError(kind)
    return REPORT_TABLES[kind]


def monthly_counts(conn, kind, start):
    table, date_column = _report_source(kind)
    # ok: sql-injection-formatted-query
    return conn.execute(text(f"SELECT count(*) FROM {table} WHERE {date_column} >= :start"), {"start": start})


class SalesReportSpecQuery:
    select = "SELECT r.retailer_id, SUM(s.amount_cents) AS total FROM sales s JOIN retailers r USING (retailer_id)"

    def sql(self, spec):
        # ruleid: sql-injection-formatted-query
        return self.select + " ORDER BY " + spec.order_by + " LIMIT %(limit)s"

    def sql_fixed(self, spec):
        # ok: sql-injection-formatted-query
        return self.select + " ORDER BY total DESC LIMIT %(limit)s"


DEFAULT_METRIC = "ph"


class ReadingQueryBuilder:
    def __init__(self):
        self.conditions = []

    def for_sensor(self, serial):
        # ruleid: sql-injection-quoted-interpolation
        self.conditions.append("sensor_serial = '" + serial + "'")
        return self

    def for_crop(self, crop):
        # ruleid: sql-injection-quoted-interpolation
        self.conditions.append(f"c.common_name = '{crop}'")
        return self

    def for_default_metric(self):
        # ok: sql-injection-quoted-interpolation
        self.conditions.append(f"metric = '{DEFAULT_METRIC}'")
        # ok: sql-injection-quoted-interpolation
        self.conditions.append("metric = '" + DEFAULT_METRIC + "'")
        # ok: sql-injection-quoted-interpolation
        self.conditions.append("metric = %(metric)s")
        return self

    def render(self):
        return "SELECT * FROM sensor_readings WHERE " + " AND ".join(self.conditions)


def run_readings(conn, serial):
    return conn.execute(ReadingQueryBuilder().for_sensor(serial).render()).fetchall()


class RollupReader:
    columns = "bucket, train_code, specific_energy_kwh_m3"

    def __init__(self, engine, table_column):
        self.engine = engine
        self.table_column = table_column

    def fetch(self, train):
        with self.engine.connect() as conn:
            # ok: sql-injection-formatted-query
            return conn.execute(text(f"SELECT {self.columns} FROM rollup WHERE train = :train"), {"train": train})

    def fetch_column(self, train):
        with self.engine.connect() as conn:
            # ruleid: sql-injection-formatted-query
            return conn.execute(text(f"SELECT {self.table_column} FROM rollup WHERE train = :train"), {"train": train})


class InvoiceLedger:
    LINES_SQL = (
        "SELECT invoice_no FROM sales_invoice "
        "WHERE municipality_code = '{municipality_code}' AND period = '{period}'"
    )
    LINES_PARAM_SQL = "SELECT invoice_no FROM sales_invoice WHERE municipality_code = %(municipality_code)s"

    def lines(self, cur, flt):
        # ruleid: sql-injection-formatted-query
        cur.execute(self.LINES_SQL.format(**asdict(flt)))
        return cur.fetchall()

    def lines_bound(self, cur, flt):
        # ok: sql-injection-formatted-query
        cur.execute(self.LINES_PARAM_SQL, asdict(flt))
        return cur.fetchall()


SEARCHABLE = {"customer": "c.surname", "phone": "c.phone"}


def _match_clause(query):
    column = SEARCHABLE[query.field]
    # ruleid: sql-injection-formatted-query
    return f"{column} ILIKE '%{query.term.strip()}%'"


def _match_bound_clause(query):
    column = SEARCHABLE[query.field]
    # ok: sql-injection-formatted-query
    return f"{column} ILIKE '%' || :term || '%'"


class RecipeFilterBuilder:
    def __init__(self, query):
        self.query = query
        self.params = {}

    def clauses(self):
        parts = ["r.archived = false"]
        if self.query.name_contains:
            # ruleid: sql-injection-quoted-interpolation
            parts.append(f"r.name ILIKE '%{self.query.name_contains}%'")
        if self.query.base:
            # ok: sql-injection-quoted-interpolation
            parts.append("r.base ILIKE :base")
            self.params["base"] = self.query.base
        return parts


def search_recipes(conn, query):
    where = " AND ".join(RecipeFilterBuilder(query).clauses())
    return conn.execute(text(f"SELECT r.id FROM recipes r WHERE {where}"))


class AlarmStore:
    columns = "alarm_id, pipe_segment, zone"

    def open_alarms(self, conn, zone_prefix, min_severity):
        query = (
            "SELECT " + self.columns + " FROM leak_alarm "
            "WHERE severity >= ? AND zone LIKE '" + zone_prefix + "%'"
        )
        # ruleid: sql-injection-formatted-query
        return conn.execute(query, (min_severity,))

    def open_alarms_bound(self, conn, zone_prefix, min_severity):
        query = "SELECT " + self.columns + " FROM leak_alarm " "WHERE severity >= ? AND zone LIKE ? || '%'"
        # ok: sql-injection-formatted-query
        return conn.execute(query, (min_severity, zone_prefix))


class AssociationTariff:
    LOOKUP_SQL = "SELECT id FROM portal_associationtariff WHERE association_name = '%s'"
    LOOKUP_PARAM_SQL = "SELECT id FROM portal_associationtariff WHERE association_name = %s"

    @classmethod
    def history_for(cls, association):
        # ruleid: sql-injection-formatted-query
        return cls.objects.raw(cls.LOOKUP_SQL % association)

    @classmethod
    def history_bound(cls, association):
        # ok: sql-injection-formatted-query
        return cls.objects.raw(cls.LOOKUP_PARAM_SQL, [association])


class BerthBookingLookup:
    BOOKINGS_SQL = "SELECT berth_no FROM marina_booking WHERE skipper = '{skipper}' AND season = %s"
    PONTOON_SQL = "SELECT berth_no FROM marina_booking WHERE pontoon = '{}'"
    ORDERED_SQL = "SELECT berth_no FROM marina_booking WHERE season = %s ORDER BY {ordering}"
    BERTH_ORDERINGS = {"length": "hull_length", "arrival": "arrival_date"}

    def by_skipper(self, cur, skipper, season):
        sql = self.BOOKINGS_SQL.format(skipper=skipper)
        # ruleid: sql-injection-formatted-query
        cur.execute(sql, (season,))

    def by_pontoon(self, cur, pontoon):
        # ruleid: sql-injection-formatted-query
        cur.execute(self.PONTOON_SQL.format(pontoon))

    def ordered(self, cur, season, ordering_key):
        sql = self.ORDERED_SQL.format(ordering=self.BERTH_ORDERINGS[ordering_key])
        # ok: sql-injection-formatted-query
        cur.execute(sql, (season,))

    def ordered_by_length(self, cur, season, longest_first):
        direction = "hull_length DESC" if longest_first else "hull_length ASC"
        sql = self.ORDERED_SQL.format(ordering=direction)
        # ok: sql-injection-formatted-query
        cur.execute(sql, (season,))


class ReportOptions:
    def __init__(self, newest_first, zone):
        self.newest_first = newest_first
        self.zone = zone

    @property
    def direction(self):
        return "DESC" if self.newest_first else "ASC"


def leak_rows(conn, opts):
    # ok: sql-injection-formatted-query
    conn.execute(text(f"SELECT * FROM leak_event WHERE zone = :zone ORDER BY detected_at {opts.direction}"), {"zone": opts.zone})
    # ruleid: sql-injection-formatted-query
    return conn.execute(text(f"SELECT * FROM leak_event WHERE zone = '{opts.zone}'"))


class StatementFilter:
    def __init__(self, customer_ref, status=None):
        self.customer_ref = customer_ref
        self.status = status
        self._clauses = []

    def build(self):
        # ruleid: sql-injection-quoted-interpolation
        self._clauses = [f"s.customer_ref = '{self.customer_ref}'"]
        return self

    def build_bound(self):
        # ok: sql-injection-quoted-interpolation
        self._clauses = ["s.customer_ref = :ref"]
        return self

    @property
    def where(self):
        return " AND ".join(self._clauses)


class StatementRepository:
    BASE = "SELECT * FROM billing_statement s WHERE {where}"

    def list_for(self, conn, flt):
        return conn.execute(text(self.BASE.format(where=flt.build().where)))


class AreaTables:
    mapping = (("sauna", "sauna_entries"), ("plunge", "plunge_entries"))

    def table_for(self, area):
        tables = dict(self.mapping)
        if area not in tables:
            raise KeyError(area)
        return tables[area]

    def table_named(self, area):
        return f"{area}_entries"


class OccupancyReports:
    def __init__(self, conn, tables):
        self.conn = conn
        self.tables = tables

    def hourly(self, area, site_code):
        table = self.tables.table_for(area)
        # ok: sql-injection-formatted-query
        return self.conn.execute(f"SELECT COUNT(*) FROM {table} WHERE site_code = ?", (site_code,))

    def hourly_named(self, area, site_code):
        table = self.tables.table_named(area)
        # ruleid: sql-injection-formatted-query
        return self.conn.execute(f"SELECT COUNT(*) FROM {table} WHERE site_code = ?", (site_code,))


class HiveLedgerTables:
    def __init__(self, ledgers):
        self.ledgers = ledgers

    def ledger_for(self, apiary):
        try:
            return self.ledgers[apiary]
        except KeyError as missing:
            raise LookupError(apiary) from missing

    def ledger_or_name(self, apiary):
        try:
            return self.ledgers[apiary]
        except KeyError:
            return apiary


class HoneyYieldReport:
    def __init__(self, conn, ledgers):
        self.conn = conn
        self.ledgers = ledgers

    def harvested(self, apiary, season):
        ledger = self.ledgers.ledger_for(apiary)
        # ok: sql-injection-formatted-query
        return self.conn.execute(f"SELECT SUM(kg) FROM {ledger} WHERE season = ?", (season,))

    def harvested_inline(self, apiary):
        # ok: sql-injection-formatted-query
        return self.conn.execute(f"SELECT COUNT(*) FROM {self.ledgers.ledger_for(apiary)}")

    def harvested_loose(self, apiary, season):
        ledger = self.ledgers.ledger_or_name(apiary)
        # ruleid: sql-injection-formatted-query
        return self.conn.execute(f"SELECT SUM(kg) FROM {ledger} WHERE season = ?", (season,))


class KennelWings:
    wings = {"north": "kennel_north", "south": "kennel_south"}


class KennelCensus:
    def __init__(self, conn, requested_wings):
        self.conn = conn
        self.requested_wings = requested_wings

    def occupancy(self):
        counts = {}
        for wing, kennel_table in KennelWings.wings.items():
            # ok: sql-injection-formatted-query
            counts[wing] = self.conn.execute(f"SELECT COUNT(*) FROM {kennel_table}").fetchone()
        return counts

    def occupancy_requested(self):
        counts = {}
        for kennel_table in self.requested_wings:
            # ruleid: sql-injection-formatted-query
            counts[kennel_table] = self.conn.execute(f"SELECT COUNT(*) FROM {kennel_table}").fetchone()
        return counts


class LitterTrayAudit:
    trays = ["tray_east", "tray_west"]

    def __init__(self, conn):
        self.conn = conn

    def sweep(self):
        for tray in self.trays:
            # ok: sql-injection-formatted-query
            self.conn.execute(f"DELETE FROM {tray} WHERE emptied = 1")


class InspectionQuery:
    def __init__(self, keyword, section):
        self.keyword = keyword
        self.section = section

    @property
    def predicate(self):
        clauses = ["severity >= :min_severity"]
        if self.keyword:
            clauses.append(f"findings ILIKE '%{self.keyword}%'")
        # ruleid: sql-injection-formatted-query
        return " AND ".join(clauses), {}

    @property
    def bound_predicate(self):
        clauses = ["severity >= :min_severity"]
        if self.section:
            clauses.append("section_id = :section")
        # ok: sql-injection-formatted-query
        return " AND ".join(clauses), {"section": self.section}


class KilnFiringFilter:
    def __init__(self, glaze_code, fired_after):
        self.glaze_code = glaze_code
        self.fired_after = fired_after

    def condition_sql(self):
        # ruleid: sql-injection-formatted-query
        return (
            f"glaze_code = '{self.glaze_code}' "
            "AND fired_on >= :fired_after"
        )

    def bound_condition_sql(self):
        # ok: sql-injection-formatted-query
        return (
            "glaze_code = :glaze_code "
            "AND fired_on >= :fired_after"
        )


class ExportQueryBuilder:
    base = "SELECT s.station_code FROM readings r JOIN stations s ON s.id = r.station_id"

    @staticmethod
    def for_river(river, days):
        # ruleid: sql-injection-formatted-query
        return ExportQueryBuilder.base + (" WHERE s.river = '%s' AND r.age < %d" % (river, days))

    @staticmethod
    def for_river_bound():
        # ok: sql-injection-formatted-query
        return ExportQueryBuilder.base + " WHERE s.river = %s AND r.age < %s"


SORTABLE = {"newest": "reported_on DESC", "oldest": "reported_on ASC"}


class DefectFilter:
    def __init__(self, sort, custom_order):
        self.sort = sort
        self.custom_order = custom_order

    @property
    def order_by(self):
        return SORTABLE.get(self.sort, SORTABLE["newest"])

    @property
    def raw_order_by(self):
        return self.custom_order


def list_defects(conn, flt):
    # ok: sql-injection-formatted-query
    conn.execute(text(f"SELECT defect_id FROM levee_defects ORDER BY {flt.order_by} LIMIT :limit"), {"limit": 10})
    # ruleid: sql-injection-formatted-query
    return conn.execute(text(f"SELECT defect_id FROM levee_defects ORDER BY {flt.raw_order_by} LIMIT :limit"), {"limit": 10})


DWELL_SQL = sql.SQL("SELECT stop_id, avg(dwell_s) FROM dwell WHERE route = %s ORDER BY {order_col} {direction}")


def dwell_report(cur, route, order_col, direction):
    # ok: sql-injection-formatted-query
    cur.execute(DWELL_SQL.format(order_col=sql.Identifier(order_col), direction=sql.SQL(direction)), (route,))


class DwellQueries:
    BY_STOP_SQL = sql.SQL("SELECT stop_id, dwell_s FROM dwell WHERE stop_id = %s ORDER BY {col}")
    BY_STOP_QUERY = "SELECT stop_id, dwell_s FROM dwell WHERE stop_id = %s ORDER BY {col}"

    def by_stop(self, cur, stop_id, col):
        # ok: sql-injection-formatted-query
        cur.execute(self.BY_STOP_SQL.format(col=sql.Identifier(col)), (stop_id,))

    def by_stop_text(self, cur, stop_id, col):
        # ruleid: sql-injection-formatted-query
        cur.execute(self.BY_STOP_QUERY.format(col=col), (stop_id,))


class GlazeShelves:
    shelves = {"bisque": GlazeShelfSpec("shelf_bisque", "pieces"), "glost": GlazeShelfSpec("shelf_glost", "pots")}

    def __init__(self, conn):
        self.conn = conn

    @classmethod
    def _shelf(cls, firing):
        try:
            return cls.shelves[firing]
        except KeyError:
            raise LookupError(firing) from None

    def stacked(self, firing, potter):
        shelf = self._shelf(firing)
        # ok: sql-injection-formatted-query
        return self.conn.execute(f"SELECT {shelf.count_column} FROM {shelf.table} WHERE potter = ?", (potter,))

    def stacked_inline(self, firing):
        # ok: sql-injection-formatted-query
        return self.conn.execute(f"SELECT COUNT(*) FROM {self._shelf(firing).table}")

    def stacked_adhoc(self, firing, potter):
        shelf = GlazeShelfSpec(f"shelf_{firing}", "pieces")
        # ruleid: sql-injection-formatted-query
        return self.conn.execute(f"SELECT {shelf.count_column} FROM {shelf.table} WHERE potter = ?", (potter,))


class DyeVatRegister:
    vats = {"indigo": DyeVatSpec("vat_indigo", "litres"), "madder": DyeVatSpec("vat_madder", "litres")}

    def __init__(self, conn):
        self.conn = conn

    def _vat(self, colour):
        return self.vats[colour]

    def _vat_guess(self, colour):
        return DyeVatSpec(f"vat_{colour}", "litres")

    def levels(self, colour, dyer):
        vat = self._vat(colour)
        # ok: sql-injection-formatted-query
        return self.conn.execute(f"SELECT {vat.level_column} FROM {vat.table} WHERE dyer = ?", (dyer,))

    def levels_guessed(self, colour, dyer):
        vat = self._vat_guess(colour)
        # ruleid: sql-injection-formatted-query
        return self.conn.execute(f"SELECT {vat.level_column} FROM {vat.table} WHERE dyer = ?", (dyer,))


class TideChartReports:
    CHARTS = {"spring": TideChartSpec("tides_spring", "high_water_m")}

    def __init__(self, conn):
        self.conn = conn

    def heights(self, chart, harbour):
        spec = self.CHARTS.get(chart)
        if spec is None:
            raise KeyError(chart)
        # ok: sql-injection-formatted-query
        return self.conn.execute(f"SELECT {spec.height_column} FROM {spec.table} WHERE harbour = ?", (harbour,))

    def heights_overridden(self, chart, harbour, overrides):
        spec = overrides.get(chart)
        if spec is None:
            raise KeyError(chart)
        # ruleid: sql-injection-formatted-query
        return self.conn.execute(f"SELECT {spec.height_column} FROM {spec.table} WHERE harbour = ?", (harbour,))


class RopeworkLedgers:
    ledgers = {"hemp": "ledger_hemp", "sisal": "ledger_sisal"}

    @classmethod
    def ledger_for(cls, fibre):
        try:
            return cls.ledgers[fibre]
        except KeyError:
            abort(404)

    @classmethod
    def ledger_or_raw(cls, fibre):
        try:
            return cls.ledgers[fibre]
        except KeyError:
            return fibre


class CordageStatements:
    def __init__(self, conn):
        self.conn = conn

    @staticmethod
    def _spool_sql(ledger):
        # ok: sql-injection-formatted-query
        return f"SELECT spool_no, metres FROM {ledger} WHERE metres < :floor"

    def short_spools(self, fibre, floor):
        ledger = RopeworkLedgers.ledger_for(fibre)
        with self.conn.begin():
            return self.conn.execute(text(self._spool_sql(ledger)), {"floor": floor})


class CordageLooseStatements:
    def __init__(self, conn):
        self.conn = conn

    @staticmethod
    def _coil_sql(ledger):
        # ruleid: sql-injection-formatted-query
        return f"SELECT coil_no, metres FROM {ledger} WHERE metres < :floor"

    def short_coils(self, fibre, floor):
        ledger = RopeworkLedgers.ledger_or_raw(fibre)
        return self.conn.execute(text(self._coil_sql(ledger)), {"floor": floor})


class FurnaceShiftReports:
    def __init__(self, conn):
        self.conn = conn

    def _gather_statement(self, furnace):
        # ok: sql-injection-formatted-query
        return text(f"SELECT gather_no, {furnace.heat_column} FROM {furnace.table} WHERE blown_on >= :since")

    def since(self, furnace_name, since):
        return self.conn.execute(self._gather_statement(FurnaceCatalogue.furnace_for(furnace_name)), {"since": since})


class FurnaceAdHocReports:
    def __init__(self, conn):
        self.conn = conn

    def _pull_statement(self, furnace):
        # ruleid: sql-injection-formatted-query
        return text(f"SELECT gather_no, {furnace.heat_column} FROM {furnace.table} WHERE blown_on >= :since")

    def since(self, furnace_name, since):
        return self.conn.execute(self._pull_statement(FurnaceSpec(furnace_name, "temp_c")), {"since": since})


class FurnaceCatalogue:
    FURNACES = {"glory": FurnaceSpec("gathers_glory_hole", "temp_c")}

    @classmethod
    def furnace_for(cls, name):
        try:
            return cls.FURNACES[name]
        except KeyError as unknown:
            raise LookupError(name) from unknown


class HarbourDuesReport:
    DUES_LAYOUT = """
        SELECT vessel, dues FROM harbour_dues
        WHERE berth = '%(berth)s' AND paid_on >= '%(since)s'
    """
    VESSEL_LAYOUT = "SELECT berth, dues FROM harbour_dues WHERE vessel = '%s'"
    CAP_LAYOUT = "SELECT vessel FROM harbour_dues ORDER BY dues DESC LIMIT %(cap)d"

    def dues(self, cur, berth, since):
        sql_text = self.DUES_LAYOUT % {"berth": berth, **self._window(since)}
        # ruleid: sql-injection-formatted-query
        cur.execute(sql_text)
        return cur.fetchall()

    def by_vessel(self, cur, vessel):
        # ruleid: sql-injection-formatted-query
        cur.execute(self.VESSEL_LAYOUT % (vessel,))
        return cur.fetchall()

    def top_payers(self, cur, cap):
        # ok: sql-injection-formatted-query
        cur.execute(self.CAP_LAYOUT % {"cap": int(cap)})
        return cur.fetchall()


def search_moorings(engine, params):
    stmt = select(moorings)
    if params.get("owner"):
        stmt = stmt.where(moorings.c.owner_name.ilike(f"%{params['owner']}%"))
    with engine.connect() as conn:
        # ok: sql-injection-formatted-query
        return conn.execute(stmt).all()


def search_moorings_text(engine, owner):
    with engine.connect() as conn:
        # ruleid: sql-injection-formatted-query
        return conn.execute(select(moorings).where(text(f"owner_name LIKE '%{owner}%'"))).all()


def _area_clause(area):
    # ruleid: sql-injection-formatted-query
    return "area_code = '%s'" % area


def _area_param_clause():
    # ok: sql-injection-formatted-query
    return "area_code = :area"


def survey_readings(engine, area, start):
    stmt = text("SELECT * FROM survey_readings WHERE %s AND measured_at >= :start" % _area_param_clause())
    with engine.connect() as conn:
        # ok: sql-injection-formatted-query
        return conn.execute(stmt, {"area": area, "start": start}).all()


class AttendanceQuery:
    base = "SELECT * FROM attendance WHERE held_on BETWEEN %(start)s AND %(end)s"

    def __init__(self):
        self.clauses = []
        self.bound = []

    def add_filter(self, column, value):
        # ruleid: sql-injection-quoted-interpolation
        self.clauses.append("w.%s = '%s'" % (column, value))

    def add_bound_filter(self, column):
        # ok: sql-injection-quoted-interpolation
        self.bound.append("w.%s = %%(value)s" % column)

    def sql(self):
        return self.base + "".join(f" AND {c}" for c in self.clauses)


class CoreCatalogue:
    def __init__(self, conn):
        self._conn = conn

    def _fetch(self, where, params=()):
        return self._conn.execute(f"SELECT * FROM core_sections WHERE {where}", params).fetchall()

    def by_site(self, site_code):
        # ruleid: sql-injection-quoted-interpolation
        return self._fetch(f"site_code = '{site_code}'")

    def by_core(self, core_id):
        # ok: sql-injection-quoted-interpolation
        return self._fetch("core_id = ?", (core_id,))

    def note_site(self, site_code):
        # ok: sql-injection-quoted-interpolation
        logging.info(f"site_code = '{site_code}' requested")


class LayerCatalog:
    @staticmethod
    def _where_clause(search):
        # ruleid: sql-injection-formatted-query
        return (
            "WHERE l.deleted_at IS NULL"
            f" AND strpos(lower(l.title), lower('{search.name_query}')) > 0"
        )

    @staticmethod
    def _where_bound():
        # ok: sql-injection-formatted-query
        return (
            "WHERE l.deleted_at IS NULL"
            " AND strpos(lower(l.title), lower(%s)) > 0"
        )


def _order_by(sort_key, direction):
    column = SORT_COLUMNS.get(sort_key)
    if column is None:
        raise ValueError(sort_key)
    return f"ORDER BY {column} {'DESC' if direction == 'desc' else 'ASC'}"


def orders_report(conn, args):
    order_clause = _order_by(args.get("sort", "name"), args.get("dir", "asc"))
    sql = "SELECT * FROM orders WHERE placed_at >= %s"
    sql += f" {order_clause} LIMIT 500"
    # ok: sql-injection-formatted-query
    return conn.execute(sql, (args["from"],)).fetchall()


def orders_by_customer(conn, args):
    customer = args.get("customer", "")
    sql = "SELECT * FROM orders WHERE placed_at >= %s"
    sql += f" AND customer = '{customer}'"
    # ruleid: sql-injection-formatted-query
    return conn.execute(sql, (args["from"],)).fetchall()


def hours_report(conn, f):
    params = [f.week_from, f.week_to]
    site_clause = ""
    if f.site_code:
        site_clause = "AND s.site_code = %s"
        params.append(f.site_code)
    query = f"SELECT * FROM entries e JOIN sites s ON s.id = e.site_id WHERE e.week BETWEEN %s AND %s {site_clause}"
    # ok: sql-injection-formatted-query
    return conn.execute(query, params).fetchall()


def hours_sorted(conn, args):
    order = "week_start"
    if args.get("sort"):
        order = args["sort"]
    query = f"SELECT * FROM entries ORDER BY {order}"
    # ruleid: sql-injection-formatted-query
    return conn.execute(query).fetchall()


async def replica_credentials(site_code, conn, name):
    # ok: sql-injection-formatted-query
    creds = ReplicaCredentials.fetch(f"teleradiology/pacs-replica/{site_code}")
    # ruleid: sql-injection-formatted-query
    return await conn.fetch(f"SELECT * FROM replicas WHERE name = '{name}'"), creds


class CaseListing:
    def _order_clause(self, query):
        direction = "DESC" if query.descending else "ASC"
        # ruleid: sql-injection-formatted-query
        return "ORDER BY {} {}".format(query.sort, direction)

    def _checked_order_clause(self, query):
        column = SORT_COLUMNS.get(query.sort, "created_at")
        direction = "DESC" if query.descending else "ASC"
        # ok: sql-injection-formatted-query
        return "ORDER BY {} {}".format(column, direction)

    def _grouping_clause(self, query):
        # ruleid: sql-injection-formatted-query
        return f"GROUP BY {query.group}"


def _ordering(sort, direction):
    direction = "DESC" if direction.lower() == "desc" else "ASC"
    # ruleid: sql-injection-formatted-query
    return "{} {}".format(sort, direction)


def _sort_clause(sort, direction):
    direction = "DESC" if direction.lower() == "desc" else "ASC"
    # ok: sql-injection-formatted-query
    return "{} {}".format(SORT_COLUMNS[sort], direction)


def _sort_label(sort):
    # ok: sql-injection-formatted-query
    return f"sorted by {sort}"


class UrnCatalogQuery:
    def __init__(self, sort="name", descending=False):
        self.order_column = SORT_COLUMNS.get(sort, SORT_COLUMNS["name"])
        self.order_direction = "DESC" if descending else "ASC"

    @property
    def sql(self):
        # ok: sql-injection-formatted-query
        return f"SELECT sku, name FROM urn_products ORDER BY {self.order_column} {self.order_direction}"


class KeepsakeCatalogQuery:
    def __init__(self, sort="name"):
        self.keepsake_column = SORT_COLUMNS.get(sort, SORT_COLUMNS["name"])

    def sorted_by(self, sort):
        self.keepsake_column = sort
        return self

    @property
    def sql(self):
        # ruleid: sql-injection-formatted-query
        return f"SELECT sku, name FROM keepsakes ORDER BY {self.keepsake_column}"


class PartListings:
    @staticmethod
    def _clause(field, value):
        if field not in FILTERABLE_FIELDS:
            raise ValueError(field)
        # ruleid: sql-injection-formatted-query
        return "{} = '{}'".format(field, value)

    @staticmethod
    def _bound_clause(field):
        if field not in FILTERABLE_FIELDS:
            raise ValueError(field)
        # ok: sql-injection-formatted-query
        return "{} = :{}".format(field, field)


class RatingsWhere:
    def _where_clause(self, flt):
        clause = "created_at >= %(since)s"
        if flt.driver_ids:
            clause += " AND driver_id IN (%s)" % ", ".join(flt.driver_ids)
        # ruleid: sql-injection-formatted-query
        return clause

    def _bound_where_clause(self, flt):
        clause = "created_at >= %(since)s"
        if flt.driver_ids:
            clause += " AND driver_id IN (%s)" % ", ".join(["%s"] * len(flt.driver_ids))
        # ok: sql-injection-formatted-query
        return clause


class VisitRows:
    _SELECT = "SELECT v.id, t.username FROM visits v JOIN technicians t ON t.id = v.technician_id "

    def __init__(self, engine):
        self.engine = engine

    def _rows(self, sql, params=None):
        with self.engine.connect() as conn:
            return conn.execute(sqlalchemy.text(sql), params or {}).all()

    def for_technician(self, username, start):
        sql = (self._SELECT + "WHERE t.username = '{}' AND v.visit_date >= :start").format(username)
        # ruleid: sql-injection-formatted-query
        return self._rows(sql, {"start": start})

    def for_technician_bound(self, username, start):
        sql = self._SELECT + "WHERE t.username = :username AND v.visit_date >= :start"
        # ok: sql-injection-formatted-query
        return self._rows(sql, {"username": username, "start": start})


def _text_clause(term):
    # ruleid: sql-injection-formatted-query
    return f"(r.title ILIKE '%%{term}%%' OR a.name ILIKE '%%{term}%%')"


def _bound_text_clause():
    # ok: sql-injection-formatted-query
    return "(r.title ILIKE %(pattern)s OR a.name ILIKE %(pattern)s)"


def _equals(column, value):
    # ruleid: sql-injection-formatted-query
    return "%s = '%s'" % (column, value)


def _bound_equals(column):
    # ok: sql-injection-formatted-query
    return "%s = %%s" % column


DEFAULT_KIND = "linen"


class TaskBoardQuery:
    base = "SELECT t.id FROM housekeeping_tasks t WHERE t.due_date = :due_date"

    def __init__(self):
        self.clauses = []

    def with_status(self, status):
        if status:
            # ruleid: sql-injection-quoted-interpolation
            self.clauses.append("t.status = '{}'".format(status))
        return self

    def with_kind(self, kind):
        if kind:
            # ok: sql-injection-quoted-interpolation
            self.clauses.append("t.kind = '{}'".format(DEFAULT_KIND))
        return self

    def sql(self):
        return " ".join([self.base, *("AND " + c for c in self.clauses)])


def run_task_board(conn, status):
    return conn.execute(text(TaskBoardQuery().with_status(status).sql()))


def _name_match(column, term):
    # ruleid: sql-injection-formatted-query
    return f"{column} ILIKE '%{term.strip()}%'"


def _name_rank(column, term):
    # (the rule above judges helpers named for a clause; this one is the quoted interpolation's)
    # ruleid: sql-injection-quoted-interpolation
    return f"{column} ILIKE '%{term.strip()}%'"


def search_surveys(db, customer):
    where = [_name_match("c.name", customer), _name_rank("c.name", customer)]
    sql = "SELECT sv.id FROM site_surveys sv WHERE " + " AND ".join(where)
    return db.execute(text(sql))


_RANK_COLUMNS = {"name": "o.last_name, o.first_name", "joined": "o.joined_on"}
_RANK_DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


def _ordering_sql(sort, direction):
    column = _RANK_COLUMNS.get(sort, _RANK_COLUMNS["name"])
    # ok: sql-injection-formatted-query
    return f"{column} {_RANK_DIRECTIONS.get(direction, 'ASC')}"


def _ordering_expr(sort, direction):
    column = _rank_columns.get(sort, "o.last_name")
    # ruleid: sql-injection-formatted-query
    return f"{column} {direction}"


def search_owners(cur, q, sort, direction):
    sql = "SELECT o.id FROM owners o WHERE o.last_name ILIKE %(q)s "
    sql += f"ORDER BY {_ordering_sql(sort, direction)}, {_ordering_expr(sort, direction)}"
    return cur.execute(sql, {"q": f"%{q}%"})


class InvoiceSummaryQuery:
    TEMPLATE = (
        "SELECT p.flavor, SUM(l.line_total) AS revenue FROM invoice_lines l"
        " JOIN invoices i ON i.id = l.invoice_id"
        " WHERE i.account_code = '{account_code}'"
        " GROUP BY p.flavor"
    )
    RANKED = (
        "SELECT p.flavor, SUM(l.line_total) AS revenue FROM invoice_lines l"
        " GROUP BY p.flavor ORDER BY {order}"
    )

    def __init__(self, account_code):
        self.account_code = account_code

    @property
    def sql(self):
        # ruleid: sql-injection-formatted-query
        return self.TEMPLATE.format(account_code=self.account_code)

    @property
    def ranked_sql(self):
        # ok: sql-injection-formatted-query
        return self.RANKED.format(order="revenue DESC")

    def run(self, conn):
        return conn.execute(text(self.sql)).all() + conn.execute(text(self.ranked_sql)).all()


def _order_parts(sort, direction):
    column = SORT_COLUMNS.get(sort, SORT_COLUMNS["name"])
    order = "DESC" if direction == "desc" else "ASC"
    return column, order


def _page_parts(args):
    return args.get("limit"), args.get("offset")


def list_jobs(conn, args):
    column, order = _order_parts(args.get("sort"), args.get("dir"))
    limit, offset = _page_parts(args)
    # ok: sql-injection-formatted-query
    conn.execute(f"SELECT j.id FROM jobs j ORDER BY {column} {order}, j.id")
    # ruleid: sql-injection-formatted-query
    conn.execute(f"SELECT j.id FROM jobs j ORDER BY j.id LIMIT {limit} OFFSET {offset}")


RANK_EXPRESSIONS = {"points": "SUM(s.points)", "games": "COUNT(*)"}


def build_ranking_sql(metric, direction):
    try:
        expr = RANK_EXPRESSIONS[metric]
        order = {"asc": "ASC", "desc": "DESC"}[direction]
    except KeyError as exc:
        raise ValueError(f"unsupported option: {exc.args[0]}")
    # ok: sql-injection-formatted-query
    return f"SELECT s.callsign, {expr} AS score FROM session_scores s ORDER BY score {order}"


def build_arena_sql(arena, direction):
    try:
        order = {"asc": "ASC", "desc": "DESC"}[direction]
    except KeyError as exc:
        raise ValueError(f"unsupported option: {exc.args[0]}")
    # ruleid: sql-injection-formatted-query
    return f"SELECT s.callsign FROM session_scores s WHERE s.arena = '{arena}' ORDER BY s.points {order}"


def find_member(cursor, card, callsign):
    if card:
        where, params = "c.card_number = %s", [card]
    else:
        where, params = "m.callsign ILIKE %s", [callsign + "%"]
    cursor.execute(
        # ok: sql-injection-formatted-query
        "SELECT m.id, m.callsign FROM members_member m JOIN members_card c ON c.member_id = m.id "
        "WHERE " + where + " ORDER BY m.callsign LIMIT 20",
        params,
    )
    return cursor.fetchall()


def find_member_loosely(cursor, callsign):
    where = "m.callsign ILIKE '" + callsign + "%'"
    cursor.execute(
        # ruleid: sql-injection-formatted-query
        "SELECT m.id, m.callsign FROM members_member m "
        "WHERE " + where + " ORDER BY m.callsign LIMIT 20"
    )
    return cursor.fetchall()


LOOKUP_QUERIES = {
    "surname": "SELECT id FROM borrowers WHERE lower(surname) = lower('%s') AND active",
}
GREETINGS = {"en": "Hello %s"}


def lookup_borrowers(conn, kind, value):
    template = LOOKUP_QUERIES[kind]
    # ruleid: sql-injection-formatted-query
    rows = conn.execute(text(template % value))
    greeting = GREETINGS["en"]
    # ok: sql-injection-formatted-query
    return rows, greeting % value


class LedgerQuery:
    def __init__(self, engine):
        self.engine = engine
        self._where = "1 = 1"
        self._label = ""

    def for_plan(self, plan_ref):
        # ruleid: sql-injection-quoted-interpolation
        self._where = "p.reference = '{}'".format(plan_ref)
        # ok: sql-injection-quoted-interpolation
        self._label = "plan {}".format(plan_ref)
        return self

    def instalments(self):
        with self.engine.connect() as conn:
            return conn.execute(text(f"SELECT i.amount FROM instalments i WHERE {self._where}")).all()


class ScorecardFilters:
    @staticmethod
    def _conditions(filters):
        if filters.get("team"):
            # ruleid: sql-injection-quoted-interpolation
            yield f"t.name = '{filters['team']}'"
        if filters.get("season"):
            # ok: sql-injection-quoted-interpolation
            yield f"EXTRACT(YEAR FROM m.played_on) = {int(filters['season'])}"


LISTING_SORTS = {"tested": "p.tested_on", "name": "c.last_name"}


@dataclasses.dataclass
class ListingOptions:
    sort_column: str
    client_name: str


def _listing_options(args):
    return ListingOptions(
        sort_column=LISTING_SORTS.get(args.get("sort", ""), "p.tested_on"),
        client_name=args.get("client", ""),
    )


def run_listing(cur, args):
    opts = _listing_options(args)
    sql = "SELECT p.id FROM patch_tests p JOIN clients c ON c.id = p.client_id"
    # ok: sql-injection-formatted-query
    cur.execute(f"{sql} ORDER BY {opts.sort_column}")
    # ruleid: sql-injection-formatted-query
    return cur.execute(f"{sql} WHERE c.last_name = '{opts.client_name}'")


class VolumeLedger:
    _template = "SELECT c.contract_ref FROM offtake_contracts c ORDER BY {order} {direction}"

    def statement(self, conn, sort, descending):
        direction = "DESC" if descending else "ASC"
        # ok: sql-injection-formatted-query
        return conn.execute(text(self._template.format(order=sort.column, direction=direction)))


ROTA_SORTS = {"date": "s.service_date", "tower": "s.tower"}
ROTA_DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


class RotaAttendance:
    @staticmethod
    def _order_by(sort, direction):
        column = ROTA_SORTS.get(sort, ROTA_SORTS["date"])
        # ok: sql-injection-formatted-query
        return f"{column} {ROTA_DIRECTIONS.get(direction.lower(), 'ASC')}"

    @staticmethod
    def _ordering(sort, direction):
        column = ROTA_SORTS.get(sort, ROTA_SORTS["date"])
        # ruleid: sql-injection-formatted-query
        return f"{column} {direction.lower()}"

    def rows(self, conn, sort, direction):
        sql = "SELECT s.service_date FROM rota_slots s ORDER BY " + self._order_by(sort, direction)
        return conn.execute(text(sql)).fetchall()

    def rows_by(self, conn, sort, direction):
        sql = "SELECT s.service_date FROM rota_slots s ORDER BY " + self._ordering(sort, direction)
        return conn.execute(text(sql)).fetchall()


class LeaseBeds:
    _BEDS_FOR_HOLDER = (
        "SELECT b.bed_code FROM lease_beds b JOIN leases l ON l.id = b.lease_id "
        "WHERE l.holder_name = '%s' ORDER BY b.bed_code"
    )
    _BEDS_SINCE = "SELECT b.bed_code FROM lease_beds b WHERE b.planted >= %s"

    def __init__(self, conn):
        self._conn = conn

    def beds_for(self, holder):
        with self._conn.cursor() as cur:
            # ruleid: sql-injection-formatted-query
            cur.execute(self._BEDS_FOR_HOLDER % holder)
            return cur.fetchall()

    def beds_since(self, since):
        with self._conn.cursor() as cur:
            # ok: sql-injection-formatted-query
            cur.execute(self._BEDS_SINCE, (since,))
            return cur.fetchall()


class DepositLedger:
    _sort: str = "created_at DESC"
    _columns: str = "booking_ref, amount"

    def with_sort(self, sort):
        if sort:
            self._sort = sort
        return self

    def build(self):
        sql = f"SELECT {self._columns} FROM damage_deposits ORDER BY {self._sort} LIMIT 500"
        # ruleid: sql-injection-formatted-query
        return text(sql)

    def build_plain(self):
        sql = f"SELECT {self._columns} FROM damage_deposits LIMIT 500"
        # ok: sql-injection-formatted-query
        return text(sql)


def _contains(column, term):
    # ruleid: sql-injection-quoted-interpolation
    return f"{column} LIKE '%{term}%'"


def _contains_marker(column):
    # ok: sql-injection-quoted-interpolation
    return f"{column} LIKE '%' || ? || '%'"


def search_specimens(conn, term):
    clauses = [_contains("s.tag_number", term), _contains_marker("s.species")]
    return conn.execute("SELECT * FROM specimens s WHERE " + " OR ".join(clauses), (term,)).fetchall()
