"""Public product catalogue API for the embeddable price calculator.

The calculator widget runs on any partner or blog site and only reads public
list prices, so it is served without cookies or authentication.
"""
from decimal import Decimal

from fastapi import FastAPI, HTTPException
from fastapi.middleware.cors import CORSMiddleware

from printshop.catalogue import get_product, list_products, list_price

app = FastAPI(title="Catalogue", docs_url=None, redoc_url=None)
app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=False, allow_methods=["GET"], max_age=3600)


@app.get("/products")
def products():
    return [
        {"code": p.code, "name": p.name, "sizes": p.sizes, "stocks": p.stocks}
        for p in list_products(public_only=True)
    ]


@app.get("/products/{code}/price")
def price(code: str, quantity: int = 250, size: str = "A5", stock: str = "350gsm-silk"):
    product = get_product(code)
    if product is None or not product.public:
        raise HTTPException(status_code=404)
    if quantity < product.min_quantity:
        raise HTTPException(status_code=422, detail=f"minimum quantity is {product.min_quantity}")
    amount: Decimal = list_price(product, quantity=quantity, size=size, stock=stock)
    return {"code": code, "quantity": quantity, "size": size, "stock": stock, "price": str(amount)}
