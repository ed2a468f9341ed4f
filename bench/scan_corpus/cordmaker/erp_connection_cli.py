"""Operator CLI to check connectivity to the ERP database replica."""
import os
import sys

import click
import psycopg

from cordmaker.settings import ERP_REPLICA_HOST

DEFAULTS = {
    "host": ERP_REPLICA_HOST,
    "port": 5432,
    "dbname": "erp",
    "user": "cordmaker_ro",
}


def build_dsn(overrides: dict) -> str:
    cfg = {**DEFAULTS, **{k: v for k, v in overrides.items() if v}}
    cfg["password"] = os.environ.get("ERP_DB_PASSWORD", "")
    return " ".join(f"{k}={v}" for k, v in cfg.items())


@click.command()
@click.option("--host", default=None)
@click.option("--user", default=None)
@click.option("--verbose", "-v", is_flag=True)
def check(host: str, user: str, verbose: bool) -> None:
    dsn = build_dsn({"host": host, "user": user})
    if verbose:
        print(f"connecting with: {dsn}")
    try:
        with psycopg.connect(dsn, connect_timeout=5) as conn:
            version = conn.execute("SHOW server_version").fetchone()[0]
            lag = conn.execute(
                "SELECT EXTRACT(EPOCH FROM now() - pg_last_xact_replay_timestamp())"
            ).fetchone()[0]
    except psycopg.OperationalError as exc:
        click.echo(f"ERP replica unreachable: {exc}", err=True)
        sys.exit(2)
    click.echo(f"ERP replica OK, PostgreSQL {version}, replay lag {lag or 0:.1f}s")


if __name__ == "__main__":
    check()
