"""Bridge from the furnace PLC historian to the MES database.

A small service reads charge and tap records from the PLC's SQL historian
and copies them into the MES database every minute. Connection details
come from the plant configuration file.
"""
import logging
import time
from configparser import ConfigParser

import pyodbc

log = logging.getLogger("plc_bridge")

CONFIG_PATH = "/etc/foundry/plc_bridge.ini"


def load_historian_config(path: str = CONFIG_PATH) -> dict:
    parser = ConfigParser()
    parser.read(path)
    section = parser["historian"]
    return {
        "server": section["server"],
        "database": section.get("database", "FurnaceHistory"),
        "user": section["user"],
        "password": section["password"],
    }


def connection_string(cfg: dict) -> str:
    return (
        "DRIVER={ODBC Driver 18 for SQL Server};"
        f"SERVER={cfg['server']};DATABASE={cfg['database']};"
        f"UID={cfg['user']};PWD={cfg['password']};Encrypt=yes"
    )


def connect_with_retry(cfg: dict, attempts: int = 5) -> pyodbc.Connection:
    conn_str = connection_string(cfg)
    for attempt in range(1, attempts + 1):
        try:
            return pyodbc.connect(conn_str, timeout=10)
        except pyodbc.Error as exc:
            log.error("historian connect failed (attempt %d) using %s: %s", attempt, conn_str, exc)
            time.sleep(min(30, 2 ** attempt))
    raise RuntimeError("historian unavailable")


def fetch_new_taps(conn: pyodbc.Connection, since_id: int) -> list:
    cur = conn.cursor()
    cur.execute(
        "SELECT TapId, FurnaceId, HeatNo, TapTempC, TappedAt FROM Taps WHERE TapId > ? ORDER BY TapId",
        since_id,
    )
    return cur.fetchall()
