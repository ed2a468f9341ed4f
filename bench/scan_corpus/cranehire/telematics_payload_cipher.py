"""Encrypt telematics payloads before they are queued for the fleet backend.

Each crane's on-board unit reports slew angle, radius, hook load and wind
speed; payloads are stored in an SQS queue until the ingest worker runs.
"""
import base64
import json
import os
from typing import Any, Dict

import boto3
from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


class TelematicsPayloadCipher:
    def __init__(self, key: bytes) -> None:
        if len(key) not in (16, 24, 32):
            raise ValueError("AES key must be 128, 192 or 256 bits")
        self._key = key

    @classmethod
    def from_env(cls, var: str = "TELEMATICS_PAYLOAD_KEY") -> "TelematicsPayloadCipher":
        return cls(base64.b64decode(os.environ[var]))

    def _cipher(self) -> Cipher:
        return Cipher(algorithms.AES(self._key), modes.ECB())

    def encrypt(self, payload: Dict[str, Any]) -> bytes:
        data = json.dumps(payload, separators=(",", ":"), sort_keys=True).encode()
        padder = padding.PKCS7(128).padder()
        padded = padder.update(data) + padder.finalize()
        encryptor = self._cipher().encryptor()
        return encryptor.update(padded) + encryptor.finalize()

    def decrypt(self, blob: bytes) -> Dict[str, Any]:
        decryptor = self._cipher().decryptor()
        padded = decryptor.update(blob) + decryptor.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        return json.loads(unpadder.update(padded) + unpadder.finalize())


class TelematicsQueue:
    def __init__(self, queue_url: str, cipher: TelematicsPayloadCipher) -> None:
        self._sqs = boto3.client("sqs")
        self._queue_url = queue_url
        self._cipher = cipher

    def publish(self, crane_id: str, reading: Dict[str, Any]) -> str:
        body = base64.b64encode(self._cipher.encrypt(reading)).decode("ascii")
        resp = self._sqs.send_message(
            QueueUrl=self._queue_url,
            MessageBody=body,
            MessageAttributes={"crane_id": {"DataType": "String", "StringValue": crane_id}},
        )
        return resp["MessageId"]

    def drain(self, max_messages: int = 10):
        resp = self._sqs.receive_message(
            QueueUrl=self._queue_url,
            MaxNumberOfMessages=max_messages,
            MessageAttributeNames=["crane_id"],
            WaitTimeSeconds=5,
        )
        for msg in resp.get("Messages", []):
            crane_id = msg["MessageAttributes"]["crane_id"]["StringValue"]
            yield crane_id, self._cipher.decrypt(base64.b64decode(msg["Body"]))
            self._sqs.delete_message(
                QueueUrl=self._queue_url, ReceiptHandle=msg["ReceiptHandle"]
            )
