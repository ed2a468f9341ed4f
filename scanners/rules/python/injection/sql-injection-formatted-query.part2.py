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
