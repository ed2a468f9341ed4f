"""Nightly job that builds setters' royalty statements.

Reads placements recorded from partner receipts, applies each partner's rate
card and writes a statement line per placement into the royalty ledger.
"""
from __future__ import annotations

import argparse
import logging
import os
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import create_engine, text

log = logging.getLogger("xw.royalties")


@dataclass
class LedgerSettings:
    host: str = field(default_factory=lambda: os.environ["XW_LEDGER_HOST"])
    port: int = field(default_factory=lambda: int(os.environ.get("XW_LEDGER_PORT", "5432")))
    user: str = field(default_factory=lambda: os.environ.get("XW_LEDGER_USER", "royalties"))
    password: str = field(default_factory=lambda: os.environ["XW_LEDGER_PASSWORD"])
    database: str = "ledger"

    @property
    def dsn(self) -> str:
        return (
            f"postgresql+psycopg://{self.user}:{self.password}"
            f"@{self.host}:{self.port}/{self.database}"
        )


STATEMENT_SQL = text(
    """
    INSERT INTO statement_lines (setter_id, placement_id, partner_id, amount_pence, run_date)
    SELECT p.setter_id, p.id, p.partner_id, r.pence_per_placement, :run_date
    FROM placements p
    JOIN rate_cards r ON r.partner_id = p.partner_id AND r.valid_from <= p.edition
    WHERE p.edition = :edition
      AND NOT EXISTS (SELECT 1 FROM statement_lines s WHERE s.placement_id = p.id)
    """
)


def run(edition: date, settings: LedgerSettings) -> int:
    log.info("royalty run for %s using ledger %s", edition, settings.dsn)
    engine = create_engine(settings.dsn, pool_pre_ping=True)
    with engine.begin() as conn:
        result = conn.execute(STATEMENT_SQL, {"edition": edition, "run_date": date.today()})
    log.info("wrote %d statement lines for %s", result.rowcount, edition)
    return result.rowcount


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--edition", type=date.fromisoformat,
                        default=date.today() - timedelta(days=1))
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    run(args.edition, LedgerSettings())


if __name__ == "__main__":
    main()
