"""Pushes finalised invoices from the ropeworks billing DB to the ERP.

Runs every ten minutes from cron on the billing worker.
"""
import logging
import os

import requests
from sqlalchemy import create_engine, text

log = logging.getLogger(__name__)

HTTP_OPTIONS = {
    "timeout": (5, 30),
    "verify": False,
}
BATCH_SIZE = 200


class ErpInvoiceClient:
    def __init__(self, base_url: str, api_token: str) -> None:
        self.base_url = base_url.rstrip("/")
        self.session = requests.Session()
        self.session.headers.update(
            {"Authorization": f"Bearer {api_token}", "Accept": "application/json"}
        )

    def push_invoice(self, invoice: dict) -> str:
        resp = self.session.post(
            f"{self.base_url}/ar/invoices", json=invoice, **HTTP_OPTIONS
        )
        resp.raise_for_status()
        return resp.json()["documentId"]


def _payload(row, lines) -> dict:
    return {
        "externalNumber": row["number"],
        "customerCode": row["dealer_code"],
        "currency": row["currency"],
        "issueDate": row["issued_on"].isoformat(),
        "total": str(row["total"]),
        "lines": [
            {
                "sku": line["sku"],
                "text": line["description"],
                "qty": str(line["quantity"]),
                "unitPrice": str(line["unit_price"]),
            }
            for line in lines
        ],
    }


def sync_pending(db_url: str) -> int:
    engine = create_engine(db_url)
    client = ErpInvoiceClient(os.environ["ERP_BASE_URL"], os.environ["ERP_API_TOKEN"])
    pushed = 0
    with engine.begin() as conn:
        rows = conn.execute(
            text(
                "SELECT id, number, dealer_code, total, currency, issued_on "
                "FROM invoices WHERE erp_document_id IS NULL "
                "ORDER BY issued_on LIMIT :n"
            ),
            {"n": BATCH_SIZE},
        ).mappings().all()
        for row in rows:
            lines = conn.execute(
                text(
                    "SELECT sku, description, quantity, unit_price "
                    "FROM invoice_lines WHERE invoice_id = :id ORDER BY position"
                ),
                {"id": row["id"]},
            ).mappings().all()
            doc_id = client.push_invoice(_payload(row, lines))
            conn.execute(
                text("UPDATE invoices SET erp_document_id = :doc WHERE id = :id"),
                {"doc": doc_id, "id": row["id"]},
            )
            log.info("invoice %s -> ERP document %s", row["number"], doc_id)
            pushed += 1
    return pushed


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sync_pending(os.environ["BILLING_DB_URL"])
