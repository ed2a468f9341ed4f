"""Chemical store: current stock of tanning agents, fatliquors, dyes and auxiliaries."""
from decimal import Decimal
from typing import Sequence

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel
from sqlalchemy import text
from sqlalchemy.orm import Session

from .database import get_db

router = APIRouter(prefix="/chemicals")


class StockLine(BaseModel):
    product_code: str
    name: str
    cas_number: str | None
    on_hand_kg: Decimal
    reorder_level_kg: Decimal
    location: str


class ChemicalStockRepository:
    def __init__(self, db: Session):
        self.db = db

    def stock_for(self, codes: Sequence[str]) -> list[StockLine]:
        code_list = ", ".join(f"'{c}'" for c in codes)
        stmt = text(
            "SELECT product_code, name, cas_number, on_hand_kg, reorder_level_kg, location "
            f"FROM chemical_stock WHERE product_code IN ({code_list}) ORDER BY product_code"
        )
        return [StockLine(**row._mapping) for row in self.db.execute(stmt)]

    def below_reorder(self) -> list[StockLine]:
        stmt = text(
            "SELECT product_code, name, cas_number, on_hand_kg, reorder_level_kg, location "
            "FROM chemical_stock WHERE on_hand_kg < reorder_level_kg ORDER BY location"
        )
        return [StockLine(**row._mapping) for row in self.db.execute(stmt)]


@router.get("/stock", response_model=list[StockLine])
def stock(code: list[str] = Query(default=[]), db: Session = Depends(get_db)):
    repo = ChemicalStockRepository(db)
    if not code:
        return []
    return repo.stock_for([c.strip().upper() for c in code])


@router.get("/reorder", response_model=list[StockLine])
def reorder(db: Session = Depends(get_db)):
    return ChemicalStockRepository(db).below_reorder()
