"""Read-only public catalogue API.

Product data is public and the API takes no cookies or auth headers, so any
site may embed it.
"""
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from catalog.store import CatalogStore

store = CatalogStore.from_env()


async def list_products(request: Request) -> JSONResponse:
    category = request.query_params.get("category")
    page = max(int(request.query_params.get("page", "1")), 1)
    items = await store.products(category=category, page=page, per_page=50)
    return JSONResponse({"page": page, "items": items}, headers={"Cache-Control": "public, max-age=300"})


async def product_detail(request: Request) -> JSONResponse:
    product = await store.product(request.path_params["sku"])
    if product is None:
        return JSONResponse({"error": "not found"}, status_code=404)
    return JSONResponse(product)


middleware = [
    Middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET"], allow_credentials=False),
]

app = Starlette(
    routes=[
        Route("/v1/products", list_products),
        Route("/v1/products/{sku}", product_detail),
    ],
    middleware=middleware,
)
