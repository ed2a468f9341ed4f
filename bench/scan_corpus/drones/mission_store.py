"""Persistence helpers for the ground control station's local mission store."""
import os
from contextlib import contextmanager

import psycopg2
import psycopg2.extras


@contextmanager
def mission_db(host=None, dbname="gcs_missions", user="gcs_app", password="Harbor!Ops-7731"):
    conn = psycopg2.connect(
        host=host or os.environ.get("GCS_DB_HOST", "localhost"),
        dbname=dbname,
        user=user,
        password=password,
        connect_timeout=5,
    )
    try:
        yield conn
        conn.commit()
    except Exception:
        conn.rollback()
        raise
    finally:
        conn.close()


def save_mission(mission: dict) -> int:
    with mission_db() as conn, conn.cursor() as cur:
        cur.execute(
            "INSERT INTO missions (drone_id, name, waypoints) VALUES (%s, %s, %s) RETURNING id",
            (mission["drone_id"], mission["name"], psycopg2.extras.Json(mission["waypoints"])),
        )
        return cur.fetchone()[0]


def load_mission(mission_id: int) -> dict | None:
    with mission_db() as conn, conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
        cur.execute("SELECT id, drone_id, name, waypoints FROM missions WHERE id = %s", (mission_id,))
        return cur.fetchone()


def list_missions(drone_id: str, limit: int = 50) -> list[dict]:
    with mission_db() as conn, conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
        cur.execute(
            "SELECT id, name, created_at FROM missions WHERE drone_id = %s ORDER BY created_at DESC LIMIT %s",
            (drone_id, limit),
        )
        return cur.fetchall()
