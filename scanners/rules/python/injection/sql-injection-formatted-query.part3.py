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


GROUP_COLUMNS = {"partner": "pt.name", "type": "pz.puzzle_type"}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


def royalty_report(conn, group, sort, direction):
    try:
        group_expr = GROUP_COLUMNS[group]
        order = f"{SORT_COLUMNS[sort]} {DIRECTIONS[direction]}"
    except KeyError:
        raise ValueError("unsupported report option")
    # ok: sql-injection-formatted-query
    return conn.execute(f"SELECT {group_expr} AS grp, COUNT(*) FROM lines GROUP BY grp ORDER BY {order}").fetchall()


def royalty_report_raw_direction(conn, sort, direction):
    order = f"{SORT_COLUMNS[sort]} {direction}"
    # ruleid: sql-injection-formatted-query
    return conn.execute(f"SELECT partner, COUNT(*) FROM lines GROUP BY partner ORDER BY {order}").fetchall()


def royalty_report_fallback(conn, group):
    try:
        group_expr = GROUP_COLUMNS[group]
        label = group.title()
    except KeyError:
        group_expr = group
    # ruleid: sql-injection-formatted-query
    return conn.execute(f"SELECT {group_expr} AS grp, COUNT(*) FROM lines GROUP BY grp").fetchall()


def royalty_report_checked(conn, group):
    try:
        group_expr = GROUP_COLUMNS[group]
        label = group.title()
    except KeyError:
        raise ValueError(group)
    # ok: sql-injection-formatted-query
    return label, conn.execute(f"SELECT {group_expr} AS grp, COUNT(*) FROM lines GROUP BY grp").fetchall()


class CommissionOrderRepository:
    def _select(self, conn, where, params):
        return conn.execute(text("SELECT id FROM commission_orders WHERE " + where), params).fetchall()

    def queue_for_maker(self, conn, maker_id, status=None):
        where = "maker_id = :maker_id"
        if status:
            # ruleid: sql-injection-quoted-interpolation
            where += " AND status = '{}'".format(status)
        return self._select(conn, where, {"maker_id": maker_id})

    def queue_for_status(self, conn, maker_id, status=None):
        where = "maker_id = :maker_id"
        if status:
            # ok: sql-injection-quoted-interpolation
            where += " AND status = :status"
        return self._select(conn, where, {"maker_id": maker_id, "status": status})
