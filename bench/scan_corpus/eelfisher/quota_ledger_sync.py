"""Nightly sync of quota balances to the reporting warehouse.

The fisheries authority's quota register is the legal source of each
member's eel quota. Every night the co-operative copies balances from its
operational database into the reporting warehouse used by the board.
"""

import logging
import os

import click
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine, make_url

log = logging.getLogger("quota.sync")


def engine_from_env(var: str) -> Engine:
    url = make_url(os.environ[var])
    log.info("using %s -> %s", var, url.render_as_string(hide_password=True))
    return create_engine(url, pool_pre_ping=True)


def copy_balances(source: Engine, target: Engine, season: int) -> int:
    with source.connect() as src:
        rows = src.execute(
            text(
                "SELECT member_no, quota_kg, landed_kg, transferred_kg FROM quota_balances "
                "WHERE season = :season"
            ),
            {"season": season},
        ).mappings().all()
    with target.begin() as dst:
        dst.execute(text("DELETE FROM wh_quota_balances WHERE season = :season"), {"season": season})
        if rows:
            dst.execute(
                text(
                    "INSERT INTO wh_quota_balances "
                    "(season, member_no, quota_kg, landed_kg, transferred_kg) "
                    "VALUES (:season, :member_no, :quota_kg, :landed_kg, :transferred_kg)"
                ),
                [{"season": season, **r} for r in rows],
            )
    return len(rows)


@click.command()
@click.option("--season", type=int, required=True)
def main(season: int) -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    source = engine_from_env("OPS_DATABASE_URL")
    target = engine_from_env("WAREHOUSE_DATABASE_URL")
    copied = copy_balances(source, target, season)
    log.info("copied %d quota balances for season %d", copied, season)


if __name__ == "__main__":
    main()
