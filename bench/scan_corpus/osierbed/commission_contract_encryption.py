"""Encrypt signed commission contracts before they go to cloud storage.

Living-willow sculpture contracts include the client's home address and
site access arrangements (gate codes, where the key is left). PDFs are
encrypted before upload to the document bucket.
"""

import os
from pathlib import Path

import boto3
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

FORMAT_TAG = b"OBC1"
NONCE_BYTES = 12
BUCKET = os.environ.get("CONTRACT_BUCKET", "osierbed-commission-contracts")


def _key() -> bytes:
    key = bytes.fromhex(os.environ["CONTRACT_ENC_KEY_HEX"])
    if len(key) != 32:
        raise ValueError("contract key must be 256 bits")
    return key


def seal_contract(pdf_bytes: bytes, commission_ref: str) -> bytes:
    nonce = os.urandom(NONCE_BYTES)
    body = AESGCM(_key()).encrypt(nonce, pdf_bytes, FORMAT_TAG + commission_ref.encode())
    return FORMAT_TAG + nonce + body


def open_contract(blob: bytes, commission_ref: str) -> bytes:
    if not blob.startswith(FORMAT_TAG):
        raise ValueError("unrecognised contract blob")
    nonce = blob[len(FORMAT_TAG):len(FORMAT_TAG) + NONCE_BYTES]
    body = blob[len(FORMAT_TAG) + NONCE_BYTES:]
    return AESGCM(_key()).decrypt(nonce, body, FORMAT_TAG + commission_ref.encode())


def upload_contract(path: Path, commission_ref: str) -> str:
    key_name = f"contracts/{commission_ref}/{path.stem}.obc"
    boto3.client("s3").put_object(
        Bucket=BUCKET,
        Key=key_name,
        Body=seal_contract(path.read_bytes(), commission_ref),
        ContentType="application/octet-stream",
    )
    return key_name


def download_contract(commission_ref: str, stem: str) -> bytes:
    obj = boto3.client("s3").get_object(
        Bucket=BUCKET, Key=f"contracts/{commission_ref}/{stem}.obc"
    )
    return open_contract(obj["Body"].read(), commission_ref)
