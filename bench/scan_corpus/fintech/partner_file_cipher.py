"""Envelope encryption for ACH batch files sent to Harbor Trust.

Harbor Trust's SFTP drop still expects the envelope format from their 2014
integration spec: 8-byte IV followed by the CBC ciphertext.
"""
from pathlib import Path

import boto3
from Crypto.Cipher import DES3
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad

SECRET_ID = "partners/harbor-trust/batch-key"


def _load_key() -> bytes:
    client = boto3.client("secretsmanager")
    secret = client.get_secret_value(SecretId=SECRET_ID)
    return bytes.fromhex(secret["SecretString"])


def encrypt_batch(plaintext: bytes, key: bytes) -> bytes:
    key = DES3.adjust_key_parity(key)
    iv = get_random_bytes(8)
    cipher = DES3.new(key, DES3.MODE_CBC, iv=iv)
    return iv + cipher.encrypt(pad(plaintext, DES3.block_size))


def seal_batch_file(batch_path: Path) -> Path:
    out_path = batch_path.with_suffix(batch_path.suffix + ".enc")
    out_path.write_bytes(encrypt_batch(batch_path.read_bytes(), _load_key()))
    return out_path
