"""Selects intake batches for a salting run by docket numbers scanned at the race."""
from typing import Iterable

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine

from fellmonger.settings import DATABASE_URL

engine: Engine = create_engine(DATABASE_URL, pool_pre_ping=True)


def _placeholders(count: int, prefix: str = "d") -> str:
    return ", ".join(f":{prefix}{i}" for i in range(count))


def batches_for_dockets(dockets: Iterable[str], salting_bay: str) -> list[dict]:
    docket_list = [d.strip().upper() for d in dockets if d.strip()]
    if not docket_list:
        return []
    statement = text(
        "SELECT b.id, b.docket_no, b.pieces, b.species, b.received_on "
        "FROM intake_batches b "
        f"WHERE b.docket_no IN ({_placeholders(len(docket_list))}) "
        "AND b.salting_bay IS NULL AND b.bay_preference IN (:bay, 'any')"
    )
    params = {f"d{i}": docket for i, docket in enumerate(docket_list)}
    params["bay"] = salting_bay
    with engine.connect() as conn:
        return [dict(row._mapping) for row in conn.execute(statement, params)]


def assign_to_bay(batch_ids: list[int], salting_bay: str, operator: str) -> int:
    if not batch_ids:
        return 0
    statement = text(
        f"UPDATE intake_batches SET salting_bay = :bay, salted_by = :operator, salted_at = now() "
        f"WHERE id IN ({_placeholders(len(batch_ids), 'b')})"
    )
    params = {f"b{i}": bid for i, bid in enumerate(batch_ids)}
    params.update(bay=salting_bay, operator=operator)
    with engine.begin() as conn:
        return conn.execute(statement, params).rowcount
