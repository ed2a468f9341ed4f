"""Pulls dye-lot availability from the yarn mill's API into the local stock table."""
import logging
import os
import sqlite3
from dataclasses import dataclass

import requests

log = logging.getLogger("hosier.mill")

MILL_API = os.environ.get("MILL_API_URL", "https://api.northmill-yarns.co.uk/v2")


@dataclass
class MillLot:
    article: str
    lot: str
    colour: str
    kg: float


def _session() -> requests.Session:
    s = requests.Session()
    s.headers.update({
        "Authorization": f"Bearer {os.environ['MILL_API_TOKEN']}",
        "User-Agent": "hosier-stock-sync/1.4",
    })
    return s


def fetch_lots(articles: list[str]) -> list[MillLot]:
    out: list[MillLot] = []
    with _session() as s:
        for article in articles:
            resp = s.get(f"{MILL_API}/articles/{article}/stock", timeout=15)
            if resp.status_code == 404:
                log.warning("mill does not list article %s", article)
                continue
            resp.raise_for_status()
            out.extend(MillLot(article, l["lot"], l["colour"], float(l["kg"])) for l in resp.json()["lots"])
    return out


def store(conn: sqlite3.Connection, lots: list[MillLot]) -> None:
    with conn:
        conn.executemany(
            "INSERT INTO mill_lots (article, lot, colour, kg) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(article, lot) DO UPDATE SET kg = excluded.kg",
            [(l.article, l.lot, l.colour, l.kg) for l in lots],
        )


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    articles = [a for a in os.environ.get("SYNC_ARTICLES", "").split(",") if a]
    lots = fetch_lots(articles)
    store(sqlite3.connect(os.environ.get("HOSIER_STOCK_DB", "/var/lib/hosier/yarn.db")), lots)
    log.info("stored %d mill lots for %d articles", len(lots), len(articles))


if __name__ == "__main__":
    main()
