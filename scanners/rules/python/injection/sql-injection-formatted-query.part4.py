import dataclasses
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

SORT_COLUMNS = {"rating": "rating", "wins": "wins"}
SORT_COLUMNS = {"points": "points", "goals": "goals_for"}


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


REPORT_SQL = "SELECT v.name, sum(a.hours) AS hours FROM attendance a JOIN volunteers v ON v.id = a.volunteer_id GROUP BY v.name ORDER BY {order}"


@dataclasses.dataclass
class HoursReportQuery:
    sort: str = "hours DESC"

    def statement(self):
        # ruleid: sql-injection-formatted-query
        return text(REPORT_SQL.format(order=self.sort))


class FixedHoursReport:
    sort = "hours DESC"

    def statement(self):
        # ok: sql-injection-formatted-query
        return text(REPORT_SQL.format(order=self.sort))
