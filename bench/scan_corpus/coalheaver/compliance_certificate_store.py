"""Serving smokeless-fuel certificates of conformity to customers.

Each fuel product sold in a smoke control area must be on the authorised
fuels list; the supplier's certificate is stored as a PDF and customers can
view it from the product page.
"""
import os

import aiofiles
from aiohttp import web

from coalheaver.config import settings

CERT_CONTENT_TYPE = "application/pdf"
READ_CHUNK = 256 * 1024


class CertificateStore:
    def __init__(self, base_dir: str):
        self.base_dir = base_dir

    def path_for(self, product_code: str, document: str) -> str:
        folder = os.path.join(self.base_dir, product_code.upper())
        return os.path.join(folder, document)

    async def stream(self, path: str, response: web.StreamResponse) -> None:
        async with aiofiles.open(path, "rb") as fh:
            while True:
                chunk = await fh.read(READ_CHUNK)
                if not chunk:
                    break
                await response.write(chunk)


store = CertificateStore(settings.CERTIFICATE_DIR)


async def certificate_handler(request: web.Request) -> web.StreamResponse:
    product_code = request.match_info["product_code"]
    document = request.query.get("doc", "certificate.pdf")
    if not product_code.isalnum():
        raise web.HTTPNotFound()
    path = store.path_for(product_code, document)
    if not os.path.exists(path):
        raise web.HTTPNotFound()
    response = web.StreamResponse(headers={"Content-Type": CERT_CONTENT_TYPE})
    await response.prepare(request)
    await store.stream(path, response)
    await response.write_eof()
    return response


def setup_routes(app: web.Application) -> None:
    app.router.add_get("/fuels/{product_code}/certificate", certificate_handler)
