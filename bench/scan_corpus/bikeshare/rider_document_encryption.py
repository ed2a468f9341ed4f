"""Encryption of student / concession proof documents uploaded for deposit waivers."""

import os
import uuid

import boto3
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

DOCUMENT_STORE = {
    "bucket": os.environ.get("CONCESSION_DOCS_BUCKET", "bikeshare-concession-docs"),
    "kms_key_id": os.environ.get("CONCESSION_DOCS_KMS_KEY", "alias/concession-docs"),
    "nonce_bytes": 12,
}

_s3 = boto3.client("s3")
_kms = boto3.client("kms")


def _data_key(config: dict) -> tuple[bytes, bytes]:
    resp = _kms.generate_data_key(KeyId=config["kms_key_id"], KeySpec="AES_256")
    return resp["Plaintext"], resp["CiphertextBlob"]


def encrypt_document(rider_id: int, content: bytes, config: dict = DOCUMENT_STORE) -> dict:
    key, wrapped_key = _data_key(config)
    nonce = os.urandom(config["nonce_bytes"])
    aad = f"rider:{rider_id}".encode()
    ciphertext = AESGCM(key).encrypt(nonce, content, aad)
    return {"wrapped_key": wrapped_key, "blob": nonce + ciphertext}


def decrypt_document(rider_id: int, wrapped_key: bytes, blob: bytes,
                     config: dict = DOCUMENT_STORE) -> bytes:
    key = _kms.decrypt(CiphertextBlob=wrapped_key)["Plaintext"]
    size = config["nonce_bytes"]
    nonce, ciphertext = blob[:size], blob[size:]
    return AESGCM(key).decrypt(nonce, ciphertext, f"rider:{rider_id}".encode())


def store_document(rider_id: int, filename: str, content: bytes,
                   config: dict = DOCUMENT_STORE) -> str:
    sealed = encrypt_document(rider_id, content, config)
    object_key = f"riders/{rider_id}/{uuid.uuid4().hex}"
    _s3.put_object(
        Bucket=config["bucket"],
        Key=object_key,
        Body=sealed["blob"],
        Metadata={
            "wrapped-key": sealed["wrapped_key"].hex(),
            "original-extension": os.path.splitext(filename)[1].lower()[:8],
        },
        ServerSideEncryption="aws:kms",
    )
    return object_key


def fetch_document(rider_id: int, object_key: str, config: dict = DOCUMENT_STORE) -> bytes:
    if not object_key.startswith(f"riders/{rider_id}/"):
        raise PermissionError("document does not belong to this rider")
    obj = _s3.get_object(Bucket=config["bucket"], Key=object_key)
    wrapped = bytes.fromhex(obj["Metadata"]["wrapped-key"])
    return decrypt_document(rider_id, wrapped, obj["Body"].read(), config)
