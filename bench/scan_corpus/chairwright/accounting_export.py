"""Monthly export of web-shop sales and course fees to the bookkeeping service."""
import logging
from datetime import date
from decimal import Decimal

import requests

log = logging.getLogger("finance.export")

LEDGER_API = "https://api.ledgerbooks.co.uk/v3"
LEDGER_CLIENT_ID = "cw-workshop-7f3a91"
LEDGER_CLIENT_SECRET = "lb_live_9Qe2vT7mKx4RzP1sWc8NfYh3Ud6Ja0Lg"

ACCOUNT_CODES = {"shop": "4000", "courses": "4010", "repairs": "4020", "commissions": "4030"}


class LedgerClient:
    def __init__(self, client_id: str = LEDGER_CLIENT_ID, client_secret: str = LEDGER_CLIENT_SECRET):
        self._client_id = client_id
        self._client_secret = client_secret
        self._session = requests.Session()

    def _authenticate(self) -> None:
        resp = self._session.post(
            f"{LEDGER_API}/oauth/token",
            data={"grant_type": "client_credentials"},
            auth=(self._client_id, self._client_secret),
            timeout=20,
        )
        resp.raise_for_status()
        self._session.headers["Authorization"] = f"Bearer {resp.json()['access_token']}"

    def post_journal(self, period_end: date, totals: dict[str, Decimal]) -> str:
        if "Authorization" not in self._session.headers:
            self._authenticate()
        lines = [
            {"account": ACCOUNT_CODES[stream], "credit": str(amount), "description": f"{stream} sales"}
            for stream, amount in totals.items()
            if amount
        ]
        lines.append({"account": "1200", "debit": str(sum(totals.values())), "description": "takings"})
        resp = self._session.post(
            f"{LEDGER_API}/journals",
            json={"date": period_end.isoformat(), "reference": f"CW-{period_end:%Y%m}", "lines": lines},
            timeout=30,
        )
        resp.raise_for_status()
        journal_id = resp.json()["id"]
        log.info("posted journal %s for %s", journal_id, period_end)
        return journal_id


def monthly_totals(conn, year: int, month: int) -> dict[str, Decimal]:
    rows = conn.execute(
        "SELECT stream, SUM(net_amount) FROM sales WHERE strftime('%Y', sold_on) = ? "
        "AND strftime('%m', sold_on) = ? GROUP BY stream",
        (str(year), f"{month:02d}"),
    ).fetchall()
    return {stream: Decimal(str(total)) for stream, total in rows}
