"""Renders wholesale invoices to PDF and files them in the accounts bucket."""

import os
import tempfile
from decimal import Decimal

import boto3
from jinja2 import Environment, PackageLoader, select_autoescape
from weasyprint import HTML

from toyshop.config import settings
from toyshop.orders import WholesaleOrder

templates = Environment(
    loader=PackageLoader("toyshop", "templates"),
    autoescape=select_autoescape(["html"]),
)


class InvoiceRenderer:
    def __init__(self, bucket: str = settings.accounts_bucket):
        self.bucket = bucket
        self.s3 = boto3.client("s3", region_name=settings.aws_region)

    def _html(self, order: WholesaleOrder) -> str:
        vat = (order.total_net * Decimal(settings.vat_rate)).quantize(Decimal("0.01"))
        return templates.get_template("invoices/wholesale.html").render(
            order=order, vat=vat, total_gross=order.total_net + vat, seller=settings.company_details
        )

    def _scratch_path(self, order: WholesaleOrder) -> str:
        return tempfile.mktemp(prefix=f"invoice-{order.reference}-", suffix=".pdf")

    def render_and_store(self, order: WholesaleOrder) -> str:
        path = self._scratch_path(order)
        try:
            HTML(string=self._html(order), base_url=settings.static_root).write_pdf(path)
            key = f"invoices/{order.placed_at:%Y/%m}/{order.reference}.pdf"
            self.s3.upload_file(path, self.bucket, key, ExtraArgs={"ContentType": "application/pdf"})
        finally:
            if os.path.exists(path):
                os.remove(path)
        return key
