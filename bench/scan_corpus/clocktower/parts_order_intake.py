"""Worker that takes parts orders from the intake queue and records them.

The client portal and the technicians' tablets post order requests
(replacement pendulum rods, bushes, hands, dial glass) onto an SQS queue;
this worker matches each request to a supplier and stores it.
"""
from __future__ import annotations

import json
import logging
import os
from decimal import Decimal

import boto3
from sqlalchemy import create_engine, text

log = logging.getLogger("clocktower.parts.intake")

QUEUE_URL = os.environ["CLOCKTOWER_PARTS_QUEUE_URL"]
engine = create_engine(os.environ["CLOCKTOWER_DATABASE_URL"], pool_pre_ping=True)
sqs = boto3.client("sqs")


def find_supplier(conn, part_number: str):
    query = text(
        "SELECT s.id, s.name, p.unit_price FROM suppliers s "
        "JOIN supplier_parts p ON p.supplier_id = s.id "
        "WHERE p.part_number = '%s' AND s.active ORDER BY p.unit_price LIMIT 1" % part_number
    )
    return conn.execute(query).mappings().first()


def record_order(message: dict) -> int | None:
    with engine.begin() as conn:
        supplier = find_supplier(conn, message["part_number"])
        if supplier is None:
            log.warning("no supplier for part %s", message["part_number"])
            return None
        quantity = int(message.get("quantity", 1))
        order_id = conn.execute(
            text(
                "INSERT INTO parts_orders (clock_id, supplier_id, part_number, quantity, "
                "unit_price, requested_by) VALUES (:clock_id, :supplier_id, :part_number, "
                ":quantity, :unit_price, :requested_by) RETURNING id"
            ),
            {
                "clock_id": int(message["clock_id"]),
                "supplier_id": supplier["id"],
                "part_number": message["part_number"],
                "quantity": quantity,
                "unit_price": Decimal(supplier["unit_price"]),
                "requested_by": message.get("requested_by"),
            },
        ).scalar_one()
    log.info("order %d placed with %s", order_id, supplier["name"])
    return order_id


def run_forever() -> None:
    while True:
        response = sqs.receive_message(
            QueueUrl=QUEUE_URL, MaxNumberOfMessages=10, WaitTimeSeconds=20
        )
        for msg in response.get("Messages", []):
            try:
                record_order(json.loads(msg["Body"]))
            except (KeyError, ValueError) as exc:
                log.error("discarding malformed order message %s: %s", msg["MessageId"], exc)
            sqs.delete_message(QueueUrl=QUEUE_URL, ReceiptHandle=msg["ReceiptHandle"])


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run_forever()
