"""Look up issued valuation certificates.

Insurers phone the workshop to confirm that a certificate number is genuine;
staff look it up together with the owner's postcode.
"""
import logging

import psycopg2
import psycopg2.extras

from clockmaker.settings import DATABASE

log = logging.getLogger(__name__)

LOOKUP_SQL = """
    SELECT vc.number, vc.issued_on, vc.amount_gbp, vc.maker, vc.movement,
           c.surname, a.postcode
    FROM valuation_certificates vc
    JOIN customers c ON c.id = vc.customer_id
    JOIN addresses a ON a.id = c.address_id
    WHERE vc.number = %s AND replace(upper(a.postcode), ' ', '') = %s
"""


def _connect():
    return psycopg2.connect(**DATABASE)


def normalise_postcode(raw: str) -> str:
    return "".join(raw.split()).upper()


def confirm_certificate(number: str, postcode: str) -> dict | None:
    params = (number.strip().upper(), normalise_postcode(postcode))
    with _connect() as conn, conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
        cur.execute(LOOKUP_SQL, params)
        row = cur.fetchone()
    if row is None:
        log.info("Certificate %s not confirmed", params[0])
        return None
    return {
        "number": row["number"],
        "issued_on": row["issued_on"].isoformat(),
        "amount_gbp": str(row["amount_gbp"]),
        "description": f"{row['maker']} {row['movement']}",
    }
