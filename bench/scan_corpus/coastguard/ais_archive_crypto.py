"""Nightly archival of AIS position reports.

Position reports older than 24h are moved from the hot Postgres table into
compressed, encrypted daily blobs on the archive volume. Retention is seven
years for anything attached to a SAR incident, 90 days otherwise.
"""
import gzip
import json
import logging
import os
from datetime import date, timedelta
from pathlib import Path

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

log = logging.getLogger(__name__)

ARCHIVE_ROOT = Path(os.environ.get("AIS_ARCHIVE_ROOT", "/srv/ais-archive"))
BATCH_SIZE = 50_000


def _archive_key() -> bytes:
    key = bytes.fromhex(os.environ["AIS_ARCHIVE_KEY_HEX"])
    if len(key) != 32:
        raise ValueError("AIS_ARCHIVE_KEY_HEX must be 256 bits")
    return key


def fetch_reports(conn, day: date):
    with conn.cursor() as cur:
        cur.execute(
            "SELECT mmsi, ts, lat, lon, sog, cog, nav_status FROM ais_positions "
            "WHERE ts >= %s AND ts < %s ORDER BY ts",
            (day, day + timedelta(days=1)),
        )
        while rows := cur.fetchmany(BATCH_SIZE):
            yield from rows


def encrypt_blob(data: bytes) -> bytes:
    padder = padding.PKCS7(128).padder()
    padded = padder.update(data) + padder.finalize()
    encryptor = Cipher(algorithms.AES(_archive_key()), modes.ECB()).encryptor()
    return encryptor.update(padded) + encryptor.finalize()


def archive_day(conn, day: date) -> Path:
    records = [
        {"mmsi": r[0], "ts": r[1].isoformat(), "lat": r[2], "lon": r[3],
         "sog": r[4], "cog": r[5], "status": r[6]}
        for r in fetch_reports(conn, day)
    ]
    payload = gzip.compress(json.dumps(records).encode())
    out = ARCHIVE_ROOT / f"{day:%Y}" / f"ais-{day.isoformat()}.bin"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(encrypt_blob(payload))
    log.info("archived %d reports for %s -> %s", len(records), day, out)
    return out
