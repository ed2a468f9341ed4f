"""Vessel register lookups used by the watch officers' search box."""
import os

import psycopg

DSN = os.environ.get("VESSEL_REGISTER_DSN", "postgresql:///vessels")


def build_name_query(name_fragment: str, flag_state: str | None = None) -> str:
    sql = (
        "SELECT mmsi, imo, name, callsign, flag, vessel_type FROM vessel_register "
        f"WHERE strpos(upper(name), '{name_fragment.upper()}') > 0"
    )
    if flag_state:
        sql += " AND flag = %(flag)s"
    return sql + " ORDER BY name LIMIT 50"


def search_by_name(name_fragment: str, flag_state: str | None = None) -> list[dict]:
    query = build_name_query(name_fragment, flag_state)
    with psycopg.connect(DSN) as conn, conn.cursor() as cur:
        cur.execute(query, {"flag": flag_state})
        cols = [c.name for c in cur.description]
        return [dict(zip(cols, row)) for row in cur.fetchall()]


def get_by_mmsi(mmsi: int) -> dict | None:
    with psycopg.connect(DSN) as conn, conn.cursor() as cur:
        cur.execute(
            "SELECT mmsi, imo, name, callsign, flag, vessel_type FROM vessel_register WHERE mmsi = %s",
            (mmsi,),
        )
        row = cur.fetchone()
        if row is None:
            return None
        cols = [c.name for c in cur.description]
        return dict(zip(cols, row))
