"""Repository for the beekeeper supplier directory used by the intake office."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import bindparam, create_engine, text
from sqlalchemy.orm import Session, sessionmaker


@dataclass
class SupplierRow:
    supplier_code: str
    name: str
    region: str
    hive_count: int
    organic_certified: bool


_SELECT = "SELECT supplier_code, name, region, hive_count, organic_certified FROM suppliers"


def _escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class SupplierDirectory:
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._session_factory = session_factory

    def search(self, term: str, region: str | None = None) -> list[SupplierRow]:
        sql = _SELECT + " WHERE name ILIKE :pattern ESCAPE '\\'"
        params: dict[str, object] = {"pattern": f"%{_escape_like(term)}%"}
        if region:
            sql += " AND region = :region"
            params["region"] = region
        sql += " ORDER BY name LIMIT 50"
        with self._session_factory() as session:
            rows = session.execute(text(sql), params).all()
        return [SupplierRow(*r) for r in rows]

    def by_codes(self, codes: list[str]) -> list[SupplierRow]:
        stmt = text(_SELECT + " WHERE supplier_code IN :codes ORDER BY supplier_code").bindparams(
            bindparam("codes", expanding=True)
        )
        with self._session_factory() as session:
            rows = session.execute(stmt, {"codes": codes}).all()
        return [SupplierRow(*r) for r in rows]

    def set_organic(self, supplier_code: str, certified: bool) -> None:
        with self._session_factory.begin() as session:
            session.execute(
                text("UPDATE suppliers SET organic_certified = :cert WHERE supplier_code = :code"),
                {"cert": certified, "code": supplier_code},
            )


def make_directory(database_url: str) -> SupplierDirectory:
    return SupplierDirectory(sessionmaker(bind=create_engine(database_url, pool_pre_ping=True)))
