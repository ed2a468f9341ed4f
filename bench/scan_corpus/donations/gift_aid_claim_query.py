"""Select donations eligible for the next HMRC Gift Aid claim.

Eligible donations have a valid declaration on the donor record, are not
already claimed, and fall inside the requested tax year.
"""

import os
from datetime import date

import psycopg

CLAIM_STATUSES = ("received", "reconciled")


def _tax_year_bounds(tax_year: str) -> tuple[date, date]:
    start_year = int(tax_year.split("-")[0])
    return date(start_year, 4, 6), date(start_year + 1, 4, 5)


def build_eligible_query(tax_year: str, campaign: str | None = None) -> str:
    start, end = _tax_year_bounds(tax_year)
    statuses = ", ".join(f"'{s}'" for s in CLAIM_STATUSES)
    where = [
        "d.gift_aid_claim_id IS NULL",
        "dec.valid = TRUE",
        f"d.status IN ({statuses})",
        f"d.received_on BETWEEN '{start}' AND '{end}'",
    ]
    if campaign:
        where.append(f"d.campaign_code = '{campaign}'")
    return (
        "SELECT d.id, d.amount, d.received_on, p.title, p.first_name, p.last_name, "
        "p.house_number, p.postcode "
        "FROM donations d "
        "JOIN supporters p ON p.id = d.supporter_id "
        "JOIN gift_aid_declarations dec ON dec.supporter_id = p.id "
        "WHERE " + " AND ".join(where) + " ORDER BY d.received_on"
    )


def fetch_eligible(tax_year: str, campaign: str | None = None) -> list[tuple]:
    sql = build_eligible_query(tax_year, campaign)
    with psycopg.connect(os.environ["FUNDRAISING_DSN"]) as conn:
        with conn.cursor() as cur:
            cur.execute(sql)
            return cur.fetchall()
