"""Lookups used by the referral intake desk.

Coordinators search open referrals by the referring provider's NPI or by the
patient's MRN and date of birth before calling the patient to schedule.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import psycopg
from psycopg.rows import class_row


@dataclass
class ReferralRow:
    id: int
    mrn: str
    patient_name: str
    referring_npi: str
    status: str
    received_on: date


BASE_QUERY = (
    "SELECT r.id, p.mrn, p.surname || ', ' || p.given_name AS patient_name, "
    "r.referring_npi, r.status, r.received_at::date AS received_on "
    "FROM referrals r JOIN patients p ON p.id = r.patient_id "
)


class ReferralLookup:
    def __init__(self, conn: psycopg.Connection) -> None:
        self.conn = conn

    def by_provider(self, npi: str, include_closed: bool = False) -> list[ReferralRow]:
        query = BASE_QUERY + "WHERE r.referring_npi = %s"
        if not include_closed:
            query += " AND r.status <> 'closed'"
        query += " ORDER BY r.received_at DESC"
        with self.conn.cursor(row_factory=class_row(ReferralRow)) as cur:
            cur.execute(query, (npi.strip(),))
            return cur.fetchall()

    def by_patient(self, mrn: str, dob: date) -> list[ReferralRow]:
        with self.conn.cursor(row_factory=class_row(ReferralRow)) as cur:
            cur.execute(
                BASE_QUERY + "WHERE p.mrn = %(mrn)s AND p.date_of_birth = %(dob)s "
                "ORDER BY r.received_at DESC",
                {"mrn": mrn.strip().upper(), "dob": dob},
            )
            return cur.fetchall()


def search(conn: psycopg.Connection, params: dict[str, str]) -> list[ReferralRow]:
    """Entry point used by the intake desk's search form."""
    lookup = ReferralLookup(conn)
    if params.get("npi"):
        return lookup.by_provider(params["npi"], include_closed=params.get("closed") == "1")
    if params.get("mrn") and params.get("dob"):
        return lookup.by_patient(params["mrn"], date.fromisoformat(params["dob"]))
    return []
