"""Pallet and lot lookups for the dispatch screen and the export desk.

Export clerks paste a list of lot codes from the buyer's purchase order and
get back the pallets, their net weight and the crystallising pan each lot
came from, which goes onto the certificate of origin.
"""
from dataclasses import dataclass
from typing import Iterable, List

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine


@dataclass
class PalletInfo:
    sscc: str
    lot_code: str
    product: str
    net_kg: float
    source_pan: str


def _lot_list(codes: Iterable[str]) -> str:
    cleaned = [c.strip().upper() for c in codes if c.strip()]
    return ", ".join(f"'{c}'" for c in cleaned)


class PalletRepository:
    def __init__(self, engine: Engine):
        self.engine = engine

    @classmethod
    def from_url(cls, url: str) -> "PalletRepository":
        return cls(create_engine(url, pool_pre_ping=True))

    def pallets_for_lots(self, lot_codes: Iterable[str]) -> List[PalletInfo]:
        in_list = _lot_list(lot_codes)
        if not in_list:
            return []
        stmt = text(
            "SELECT p.sscc, p.lot_code, l.product, p.net_kg, l.source_pan "
            "FROM pallets p JOIN lots l ON l.code = p.lot_code "
            f"WHERE p.lot_code IN ({in_list}) ORDER BY p.lot_code, p.sscc"
        )
        with self.engine.connect() as conn:
            return [PalletInfo(*row) for row in conn.execute(stmt)]

    def pallet(self, sscc: str) -> PalletInfo:
        stmt = text(
            "SELECT p.sscc, p.lot_code, l.product, p.net_kg, l.source_pan "
            "FROM pallets p JOIN lots l ON l.code = p.lot_code WHERE p.sscc = :sscc"
        )
        with self.engine.connect() as conn:
            return PalletInfo(*conn.execute(stmt, {"sscc": sscc}).one())
