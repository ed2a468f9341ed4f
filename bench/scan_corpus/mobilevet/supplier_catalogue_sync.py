"""Keeps the local copy of the pharmacy supplier's product catalogue current.

The supplier exposes the catalogue with an ETag and a catalogue version number;
the job only downloads and rewrites the local table when either has changed.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import httpx
from sqlalchemy import text
from sqlalchemy.engine import Engine

log = logging.getLogger("mobilevet.catalogue")


@dataclass
class CatalogueState:
    etag: str | None
    version: int


def load_state(engine: Engine) -> CatalogueState:
    with engine.connect() as conn:
        row = conn.execute(text("SELECT etag, version FROM catalogue_state WHERE id = 1")).first()
    return CatalogueState(etag=row[0], version=row[1]) if row else CatalogueState(None, 0)


def save_catalogue(engine: Engine, products: list[dict], state: CatalogueState) -> None:
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM supplier_products"))
        conn.execute(
            text("INSERT INTO supplier_products (code, name, pack_size, controlled, price_pence) "
                 "VALUES (:code, :name, :pack_size, :controlled, :price_pence)"),
            products,
        )
        conn.execute(
            text("UPDATE catalogue_state SET etag = :etag, version = :version WHERE id = 1"),
            {"etag": state.etag, "version": state.version},
        )


def sync_catalogue(client: httpx.Client, engine: Engine) -> bool:
    local = load_state(engine)
    headers = {"If-None-Match": local.etag} if local.etag else {}
    resp = client.get("/v2/catalogue", headers=headers)
    if resp.status_code == 304:
        log.info("catalogue unchanged (etag %s)", local.etag)
        return False
    resp.raise_for_status()
    body = resp.json()
    remote = CatalogueState(etag=resp.headers.get("ETag"), version=int(body["version"]))
    if remote.etag == local.etag or remote.version == local.version:
        log.info("catalogue version %s already loaded", remote.version)
        return False
    save_catalogue(engine, body["products"], remote)
    log.info("catalogue updated to version %s (%d products)", remote.version,
             len(body["products"]))
    return True
