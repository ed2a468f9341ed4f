"""Read IFRA maximum-use limits from the per-amendment tables."""
from enum import Enum

from sqlalchemy import text
from sqlalchemy.orm import Session


class Amendment(str, Enum):
    FORTY_NINE = "49"
    FIFTY = "50"
    FIFTY_ONE = "51"


LIMIT_TABLES = {
    Amendment.FORTY_NINE: "ifra_limits_a49",
    Amendment.FIFTY: "ifra_limits_a50",
    Amendment.FIFTY_ONE: "ifra_limits_a51",
}
CURRENT = Amendment.FIFTY_ONE


def limit_table(amendment: Amendment) -> str:
    return LIMIT_TABLES[Amendment(amendment)]


def category_limits(session: Session, cas_number: str, amendment: Amendment = CURRENT) -> dict[str, float]:
    table = limit_table(amendment)
    stmt = text(f"SELECT category, max_percent FROM {table} WHERE cas_number = :cas ORDER BY category")
    rows = session.execute(stmt, {"cas": cas_number}).all()
    return {row.category: float(row.max_percent) for row in rows}


def restricted_materials(session: Session, category: str, amendment: Amendment = CURRENT) -> list[tuple[str, float]]:
    stmt = text(
        f"SELECT cas_number, max_percent FROM {limit_table(amendment)} "
        "WHERE category = :category AND max_percent < 100 ORDER BY max_percent"
    )
    return [(r.cas_number, float(r.max_percent)) for r in session.execute(stmt, {"category": category})]


def compare_amendments(session: Session, cas_number: str) -> dict[str, dict[str, float]]:
    return {a.value: category_limits(session, cas_number, a) for a in Amendment}
