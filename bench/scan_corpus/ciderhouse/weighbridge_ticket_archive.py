"""Archives apple intake weighbridge tickets to S3 with field-level encryption."""
from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from datetime import date

import boto3
from Crypto.Cipher import Blowfish
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad


@dataclass
class WeighbridgeTicket:
    ticket_no: str
    grower_code: str
    variety: str
    gross_kg: int
    tare_kg: int
    delivered_on: date

    @property
    def net_kg(self) -> int:
        return self.gross_kg - self.tare_kg


class TicketArchive:
    bucket_env = "WEIGHBRIDGE_ARCHIVE_BUCKET"
    key_env = "WEIGHBRIDGE_ARCHIVE_KEY"

    def __init__(self, s3_client=None) -> None:
        self._s3 = s3_client or boto3.client("s3")
        self._bucket = os.environ[self.bucket_env]
        self._key = bytes.fromhex(os.environ[self.key_env])

    @staticmethod
    def _cipher(key: bytes, iv: bytes):
        return Blowfish.new(key, Blowfish.MODE_CBC, iv)

    def _encrypt(self, payload: bytes) -> bytes:
        iv = get_random_bytes(Blowfish.block_size)
        return iv + self._cipher(self._key, iv).encrypt(pad(payload, Blowfish.block_size))

    def _decrypt(self, blob: bytes) -> bytes:
        iv, body = blob[: Blowfish.block_size], blob[Blowfish.block_size :]
        return unpad(self._cipher(self._key, iv).decrypt(body), Blowfish.block_size)

    def store(self, ticket: WeighbridgeTicket) -> str:
        record = {**asdict(ticket), "delivered_on": ticket.delivered_on.isoformat()}
        record["net_kg"] = ticket.net_kg
        key = f"tickets/{ticket.delivered_on:%Y/%m}/{ticket.ticket_no}.bin"
        body = self._encrypt(json.dumps(record).encode())
        self._s3.put_object(Bucket=self._bucket, Key=key, Body=body)
        return key

    def fetch(self, object_key: str) -> dict:
        obj = self._s3.get_object(Bucket=self._bucket, Key=object_key)
        return json.loads(self._decrypt(obj["Body"].read()))
