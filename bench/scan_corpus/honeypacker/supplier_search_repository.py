"""Repository for looking up beekeeper suppliers in the intake office."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session, sessionmaker


@dataclass
class SupplierSummary:
    supplier_code: str
    name: str
    region: str
    hive_count: int
    organic_certified: bool


class SupplierRepository:
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._session_factory = session_factory

    def get(self, supplier_code: str) -> SupplierSummary | None:
        with self._session_factory() as session:
            row = session.execute(
                text(
                    "SELECT supplier_code, name, region, hive_count, organic_certified "
                    "FROM suppliers WHERE supplier_code = :code"
                ),
                {"code": supplier_code},
            ).first()
        return SupplierSummary(*row) if row else None

    def search(self, term: str, region: str | None = None) -> list[SupplierSummary]:
        params: dict[str, object] = {}
        region_clause = ""
        if region:
            region_clause = " AND region = :region"
            params["region"] = region
        with self._session_factory() as session:
            rows = session.execute(
                text(
                    "SELECT supplier_code, name, region, hive_count, organic_certified "
                    f"FROM suppliers WHERE name ILIKE '%{term}%'" + region_clause + " ORDER BY name LIMIT 50"
                ),
                params,
            ).all()
        return [SupplierSummary(*r) for r in rows]

    def count_by_region(self) -> dict[str, int]:
        with self._session_factory() as session:
            rows = session.execute(
                text("SELECT region, COUNT(*) FROM suppliers GROUP BY region ORDER BY region")
            ).all()
        return {region: count for region, count in rows}


def make_repository(database_url: str) -> SupplierRepository:
    engine = create_engine(database_url, pool_pre_ping=True)
    return SupplierRepository(sessionmaker(bind=engine))


def search_from_cli(database_url: str, term: str, region: str | None = None) -> None:
    repo = make_repository(database_url)
    for supplier in repo.search(term, region):
        print(f"{supplier.supplier_code:<10} {supplier.name:<30} {supplier.region:<15} {supplier.hive_count}")
