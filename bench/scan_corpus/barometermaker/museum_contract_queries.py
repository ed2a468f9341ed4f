"""Queries behind the museum contracts dashboard."""
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session

CONTRACTS_BY_INSTITUTION = text(
    """
    SELECT id, reference, institution, scope, start_date, end_date, value_gbp
      FROM museum_contracts
     WHERE lower(institution) LIKE lower(:pattern)
       AND (:active_on IS NULL OR (start_date <= :active_on AND end_date >= :active_on))
     ORDER BY start_date DESC
    """
)

INSTRUMENTS_FOR_CONTRACTS = text(
    "SELECT contract_id, accession_no, description, condition_grade "
    "FROM contract_instruments WHERE contract_id IN :ids ORDER BY accession_no"
).bindparams(bindparam("ids", expanding=True))


@dataclass
class ContractSummary:
    id: int
    reference: str
    institution: str
    scope: str
    start_date: date
    end_date: date
    value_gbp: Decimal
    instruments: list


def find_contracts(session: Session, institution: str, active_on: date | None = None) -> list[ContractSummary]:
    rows = session.execute(
        CONTRACTS_BY_INSTITUTION, {"pattern": f"%{institution}%", "active_on": active_on}
    ).mappings().all()
    contracts = {r["id"]: ContractSummary(**r, instruments=[]) for r in rows}
    if contracts:
        for item in session.execute(INSTRUMENTS_FOR_CONTRACTS, {"ids": list(contracts)}).mappings():
            contracts[item["contract_id"]].instruments.append(
                {"accession_no": item["accession_no"], "description": item["description"],
                 "grade": item["condition_grade"]}
            )
    return list(contracts.values())


def contract_value_by_year(session: Session, institution: str) -> dict[int, Decimal]:
    rows = session.execute(
        text(
            "SELECT extract(year FROM start_date)::int AS yr, sum(value_gbp) AS total "
            "FROM museum_contracts WHERE institution = :institution GROUP BY yr ORDER BY yr"
        ),
        {"institution": institution},
    )
    return {r.yr: r.total for r in rows}
