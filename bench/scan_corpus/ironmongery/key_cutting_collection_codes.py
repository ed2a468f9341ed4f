"""Collection codes for key cutting orders.

When a customer orders keys cut to code (or copies of a registered
restricted key) the branch texts a six-digit collection code. The counter
asks for the code before handing the keys over.
"""
from __future__ import annotations

import hmac
import logging
import random
import string
from datetime import datetime, timedelta, timezone

import requests

log = logging.getLogger(__name__)

CODE_LENGTH = 6
CODE_VALID_FOR = timedelta(days=14)


def new_collection_code() -> str:
    return "".join(random.choices(string.digits, k=CODE_LENGTH))


class CollectionCodeService:
    def __init__(self, conn, sms_endpoint: str, sms_api_key: str) -> None:
        self.conn = conn
        self.sms_endpoint = sms_endpoint
        self.sms_api_key = sms_api_key

    def issue(self, order_id: int, mobile: str) -> None:
        code = new_collection_code()
        expires = datetime.now(timezone.utc) + CODE_VALID_FOR
        self.conn.execute(
            "UPDATE key_orders SET collection_code = ?, code_expires = ? WHERE id = ?",
            (code, expires.isoformat(), order_id),
        )
        self.conn.commit()
        resp = requests.post(
            self.sms_endpoint,
            headers={"Authorization": f"Bearer {self.sms_api_key}"},
            json={
                "to": mobile,
                "body": f"Your keys for order {order_id} are ready. Collection code: {code}",
            },
            timeout=10,
        )
        resp.raise_for_status()
        log.info("Collection code sent for key order %s", order_id)

    def verify(self, order_id: int, supplied: str) -> bool:
        row = self.conn.execute(
            "SELECT collection_code, code_expires FROM key_orders WHERE id = ?",
            (order_id,),
        ).fetchone()
        if row is None or row[0] is None:
            return False
        if datetime.fromisoformat(row[1]) < datetime.now(timezone.utc):
            return False
        return hmac.compare_digest(row[0], supplied.strip())

    def mark_collected(self, order_id: int, staff_id: int) -> None:
        self.conn.execute(
            "UPDATE key_orders SET collected_at = ?, collected_by = ?, collection_code = NULL WHERE id = ?",
            (datetime.now(timezone.utc).isoformat(), staff_id, order_id),
        )
        self.conn.commit()
