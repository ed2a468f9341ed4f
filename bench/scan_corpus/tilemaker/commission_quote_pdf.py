"""Builds PDF quotes for tile commissions.

The quote is rendered from HTML with WeasyPrint, uploaded to the document
store and attached to the commission record.
"""
import os
import tempfile

from weasyprint import HTML

from tilemaker.documents import upload_document
from tilemaker.rendering import render_html
from tilemaker.settings import STATIC_ROOT


class QuotePdfBuilder:
    template = "quotes/commission_quote.html"

    def __init__(self, commission):
        self.commission = commission

    def html(self) -> str:
        return render_html(self.template, commission=self.commission)

    def scratch_path(self) -> str:
        return tempfile.mktemp(prefix=f"quote-{self.commission.id}-", suffix=".pdf")

    def document_name(self) -> str:
        return f"Quote {self.commission.reference}.pdf"

    def build(self) -> str:
        path = self.scratch_path()
        HTML(string=self.html(), base_url=STATIC_ROOT).write_pdf(path)
        try:
            return upload_document(
                path,
                kind="quote",
                commission_id=self.commission.id,
                filename=self.document_name(),
            )
        finally:
            os.remove(path)


def build_quote(commission) -> str:
    return QuotePdfBuilder(commission).build()
