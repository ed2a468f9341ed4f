"""Authenticates van tablets by their enrolment key before they may sync."""
from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass

import psycopg
from fastapi import Depends, Header, HTTPException, status
from psycopg.rows import dict_row

from .config import settings

KEY_PREFIX_LENGTH = 10


@dataclass(frozen=True)
class Tablet:
    id: int
    farrier_id: int
    van_registration: str


def _digest(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


class TabletKeyChecker:
    def __init__(self, conninfo: str) -> None:
        self.conninfo = conninfo

    def _candidate(self, prefix: str) -> dict | None:
        with psycopg.connect(self.conninfo, row_factory=dict_row) as conn:
            return conn.execute(
                "SELECT id, farrier_id, van_registration, key_digest FROM tablet_keys "
                "WHERE key_prefix = %s AND revoked_at IS NULL",
                (prefix,),
            ).fetchone()

    def check(self, presented: str) -> Tablet | None:
        if len(presented) <= KEY_PREFIX_LENGTH:
            return None
        row = self._candidate(presented[:KEY_PREFIX_LENGTH])
        if row is None:
            return None
        if not secrets.compare_digest(_digest(presented), row["key_digest"]):
            return None
        return Tablet(row["id"], row["farrier_id"], row["van_registration"])


def get_checker() -> TabletKeyChecker:
    return TabletKeyChecker(settings.database_conninfo)


def current_tablet(
    x_api_key: str = Header(..., alias="X-Api-Key"),
    checker: TabletKeyChecker = Depends(get_checker),
) -> Tablet:
    tablet = checker.check(x_api_key.strip())
    if tablet is None:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="invalid tablet key")
    return tablet
