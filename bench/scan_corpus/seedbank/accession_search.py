"""Search helper behind the accession catalogue's list view."""
from dataclasses import dataclass

SORTABLE = {
    "accession": "a.accession_no",
    "species": "a.species",
    "collected": "a.collection_date",
    "viability": "a.last_viability",
}


@dataclass
class SearchParams:
    species: str | None = None
    country: str | None = None
    min_viability: float | None = None
    sort: str = "accession"
    descending: bool = False
    limit: int = 50


def build_search(params: SearchParams) -> tuple[str, list]:
    clauses, args = ["a.status = ?"], ["banked"]
    if params.species:
        clauses.append("a.species LIKE ?")
        args.append(f"%{params.species}%")
    if params.country:
        clauses.append("a.country = ?")
        args.append(params.country)
    if params.min_viability is not None:
        clauses.append("a.last_viability >= ?")
        args.append(params.min_viability)

    order_col = SORTABLE.get(params.sort, SORTABLE["accession"])
    direction = "DESC" if params.descending else "ASC"
    sql = (
        "SELECT a.accession_no, a.species, a.country, a.collection_date, a.last_viability "
        f"FROM accessions a WHERE {' AND '.join(clauses)} "
        f"ORDER BY {order_col} {direction} LIMIT ?"
    )
    args.append(max(1, min(int(params.limit), 500)))
    return sql, args


def search(conn, params: SearchParams) -> list[tuple]:
    sql, args = build_search(params)
    return conn.execute(sql, args).fetchall()
