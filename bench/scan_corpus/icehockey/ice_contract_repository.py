"""Seasonal ice contracts between the association and the rinks it rents from."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session


@dataclass
class IceContract:
    contract_id: int
    rink_code: str
    season: str
    hours: Decimal
    rate: Decimal


_CONTRACTS_FOR_RINKS = text(
    "SELECT id, rink_code, season, contracted_hours, hourly_rate FROM ice_contracts "
    "WHERE season = :season AND rink_code IN :rink_codes ORDER BY rink_code"
).bindparams(bindparam("rink_codes", expanding=True))


class IceContractRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def for_rinks(self, season: str, rink_codes: list[str]) -> list[IceContract]:
        if not rink_codes:
            return []
        rows = self._session.execute(
            _CONTRACTS_FOR_RINKS, {"season": season, "rink_codes": rink_codes}
        ).all()
        return [IceContract(r.id, r.rink_code, r.season, r.contracted_hours, r.hourly_rate) for r in rows]

    def used_hours(self, contract_id: int, until: date) -> Decimal:
        value = self._session.execute(
            text(
                "SELECT COALESCE(SUM(EXTRACT(EPOCH FROM ends_at - starts_at)) / 3600, 0) "
                "FROM bookings WHERE contract_id = :cid AND starts_at::date <= :until"
            ),
            {"cid": contract_id, "until": until},
        ).scalar_one()
        return Decimal(str(value))

    def search_by_note(self, season: str, needle: str) -> list[int]:
        rows = self._session.execute(
            text(
                "SELECT id FROM ice_contracts WHERE season = :season "
                "AND notes ILIKE '%' || :needle || '%'"
            ),
            {"season": season, "needle": needle},
        ).scalars()
        return list(rows)

    def utilisation_report(self, season: str, rink_codes: list[str], until: date) -> list[dict]:
        report = []
        for contract in self.for_rinks(season, rink_codes):
            used = self.used_hours(contract.contract_id, until)
            report.append(
                {
                    "rink": contract.rink_code,
                    "contracted": str(contract.hours),
                    "used": str(used.quantize(Decimal("0.1"))),
                    "cost_to_date": str((used * contract.rate).quantize(Decimal("0.01"))),
                }
            )
        return report
