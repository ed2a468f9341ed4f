"""Product data sheets (plasters, renders, beads, primers) for crews on site.

Sheets are uploaded by the office and recorded in the product table; the crew
app asks for a sheet by product id and gets the PDF streamed back.
"""
from pathlib import Path
from typing import Optional

from fastapi import Depends, FastAPI, HTTPException
from fastapi.responses import FileResponse
from sqlalchemy import Integer, String, create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

SHEETS_DIR = Path("/srv/plasterpro/spec-sheets")
engine = create_engine("sqlite:////srv/plasterpro/products.sqlite3")
app = FastAPI()


class Base(DeclarativeBase):
    pass


class Product(Base):
    __tablename__ = "products"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    manufacturer: Mapped[str] = mapped_column(String(80))
    sheet_file: Mapped[Optional[str]] = mapped_column(String(200))


def get_db():
    with Session(engine) as session:
        yield session


def sheet_path(product: Product) -> Path:
    # sheet_file is written by the office upload tool as "<uuid>.pdf"
    return SHEETS_DIR / product.sheet_file


@app.get("/products/{product_id}/sheet")
def product_sheet(product_id: int, db: Session = Depends(get_db)):
    product = db.scalar(select(Product).where(Product.id == product_id))
    if product is None or not product.sheet_file:
        raise HTTPException(status_code=404, detail="no data sheet for this product")
    path = sheet_path(product)
    if not path.is_file():
        raise HTTPException(status_code=404, detail="data sheet missing")
    return FileResponse(path, media_type="application/pdf",
                        filename=f"{product.manufacturer}-{product.name}.pdf".replace(" ", "_"))


@app.get("/products")
def list_products(db: Session = Depends(get_db)):
    rows = db.scalars(select(Product).order_by(Product.manufacturer, Product.name))
    return [{"id": p.id, "name": p.name, "manufacturer": p.manufacturer,
             "has_sheet": bool(p.sheet_file)} for p in rows]
