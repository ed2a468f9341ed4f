"""Archives grower remittance advice PDFs in encrypted form.

Remittance advice shows each grower's gross pool value, deductions and net
payment. PDFs are encrypted before they are written to the archive bucket.
"""
import os
from dataclasses import dataclass
from pathlib import Path

import boto3
from Crypto.Cipher import ChaCha20_Poly1305
from Crypto.Random import get_random_bytes

ARCHIVE_BUCKET = os.environ.get("REMITTANCE_BUCKET", "coop-remittance-archive")
KEY_ENV = "REMITTANCE_ARCHIVE_KEY"
MAGIC = b"RMA1"


@dataclass
class RemittanceDoc:
    grower_id: int
    pool_run: str
    pdf_path: Path

    @property
    def object_key(self) -> str:
        return f"{self.pool_run}/{self.grower_id}.pdf.enc"


def _archive_key() -> bytes:
    key = bytes.fromhex(os.environ[KEY_ENV])
    if len(key) != 32:
        raise RuntimeError("remittance archive key must be 32 bytes")
    return key


def encrypt_document(plaintext: bytes, key: bytes, associated: bytes) -> bytes:
    nonce = get_random_bytes(12)
    cipher = ChaCha20_Poly1305.new(key=key, nonce=nonce)
    cipher.update(MAGIC + associated)
    ciphertext, tag = cipher.encrypt_and_digest(plaintext)
    return MAGIC + nonce + tag + ciphertext


def decrypt_document(blob: bytes, key: bytes, associated: bytes) -> bytes:
    if not blob.startswith(MAGIC):
        raise ValueError("not a remittance archive object")
    nonce, tag, ciphertext = blob[4:16], blob[16:32], blob[32:]
    cipher = ChaCha20_Poly1305.new(key=key, nonce=nonce)
    cipher.update(MAGIC + associated)
    return cipher.decrypt_and_verify(ciphertext, tag)


def archive(doc: RemittanceDoc) -> str:
    blob = encrypt_document(doc.pdf_path.read_bytes(), _archive_key(), doc.object_key.encode())
    boto3.client("s3").put_object(
        Bucket=ARCHIVE_BUCKET,
        Key=doc.object_key,
        Body=blob,
        ContentType="application/octet-stream",
    )
    return doc.object_key


def restore(grower_id: int, pool_run: str) -> bytes:
    key_name = f"{pool_run}/{grower_id}.pdf.enc"
    obj = boto3.client("s3").get_object(Bucket=ARCHIVE_BUCKET, Key=key_name)
    return decrypt_document(obj["Body"].read(), _archive_key(), key_name.encode())


if __name__ == "__main__":
    import sys

    print(archive(RemittanceDoc(int(sys.argv[1]), sys.argv[2], Path(sys.argv[3]))))
